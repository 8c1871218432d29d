import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after } from "node:test";
import { openStore } from "./openStore.ts";
import { describeStoreContract } from "./storeContract.ts";

const directory = mkdtempSync(join(tmpdir(), "faultline-store-"));
after(() => rmSync(directory, { recursive: true, force: true }));
let opened = 0;
let path = "";

describeStoreContract("SQLite", {
  open() {
    path = join(directory, `store-${++opened}`, "faultline.db");
    return openStore(path);
  },
  reopen: () => openStore(path),
});
