/** The dashboard's entry point (index.html loads it). */
import "./style.css";
import { Dashboard } from "./dashboard.ts";

new Dashboard(document.getElementById("app") as HTMLElement).start();
