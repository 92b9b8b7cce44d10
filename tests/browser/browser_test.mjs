// Browser test of the web app (`corroborate serve`) and the HTML report,
// driven through Debian's chromedriver + headless Chromium over the W3C
// WebDriver HTTP protocol (Node's built-in fetch; no npm packages needed).
//
//   node browser_test.mjs --corroborate BIN --seeds DIR --out DIR
//
// Ingests the seed articles into a temporary database, starts the server on
// a free loopback port, and checks in the browser that the stories, a
// claim's source graph and timeline render, that articles uploaded through
// the page's form appear in their story (two reports of one event in the
// same story), and that HTML/JS inside an article is shown as text in both
// the web app and the report. Screenshots go to --out. Prints
// "N passed, M failed"; exits non-zero on any failure.

import { spawn, spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync, mkdirSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";

const args = Object.fromEntries(
  process.argv.slice(2).reduce((pairs, a, i, all) =>
    (a.startsWith("--") ? [...pairs, [a.slice(2), all[i + 1]]] : pairs), []));
const bin = args.corroborate;
const out = args.out || "browser-out";
const chromium = process.env.CHROMIUM || "/usr/bin/chromium";
const chromedriver = process.env.CHROMEDRIVER || "/usr/bin/chromedriver";

let passed = 0;
let failed = 0;
function check(ok, what) {
  if (ok) { passed++; console.log("ok   " + what); }
  else { failed++; console.log("FAIL " + what); }
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

function freePort() {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.unref();
    s.on("error", reject);
    s.listen(0, "127.0.0.1", () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });
}

// Starts `corroborate serve` and resolves with its base URL once listening.
function startServer(db) {
  const child = spawn(bin, ["serve", "--db", db, "--port", "0"],
                      { stdio: ["ignore", "pipe", "inherit"] });
  return new Promise((resolve, reject) => {
    let text = "";
    child.stdout.on("data", (chunk) => {
      text += chunk;
      const m = text.match(/http:\/\/127\.0\.0\.1:(\d+)\//);
      if (m) resolve({ child, base: m[0].replace(/\/$/, "") });
    });
    child.on("exit", (code) => reject(new Error("serve exited " + code)));
    setTimeout(() => reject(new Error("serve did not start")), 20000);
  });
}

// Resolves once chromedriver answers /status as ready (15 s at most).
async function waitForDriver(url) {
  for (const end = Date.now() + 15000; Date.now() < end; await sleep(100)) {
    const ready = await fetch(url + "/status").then((r) => r.json())
      .then((j) => j.value.ready).catch(() => false);
    if (ready) return;
  }
  throw new Error("chromedriver did not start");
}

class WebDriver {
  constructor(url) { this.url = url; }
  async call(method, path, body) {
    const res = await fetch(this.url + path, {
      method, headers: { "Content-Type": "application/json" },
      body: body === undefined ? undefined : JSON.stringify(body) });
    const json = await res.json();
    if (!res.ok) throw new Error(`${method} ${path}: ${JSON.stringify(json.value)}`);
    return json.value;
  }
  async start(profile) {
    const flags = ["--headless", "--no-sandbox", "--disable-gpu",
      "--disable-quic", "--no-first-run", "--disable-background-networking",
      "--disable-component-update", "--disable-sync", "--hide-scrollbars",
      "--disable-dev-shm-usage", "--window-size=1280,1000",
      "--user-data-dir=" + profile];
    const value = await this.call("POST", "/session", { capabilities: {
      alwaysMatch: { browserName: "chrome", "goog:chromeOptions": {
        binary: chromium, args: flags } } } });
    this.session = "/session/" + value.sessionId;
  }
  go(url) { return this.call("POST", this.session + "/url", { url }); }
  currentUrl() { return this.call("GET", this.session + "/url"); }
  run(script, ...scriptArgs) {
    return this.call("POST", this.session + "/execute/sync",
                     { script, args: scriptArgs });
  }
  async element(css) {
    const v = await this.call("POST", this.session + "/element",
                              { using: "css selector", value: css });
    return Object.values(v)[0];
  }
  async type(css, text) {
    const id = await this.element(css);
    await this.call("POST", `${this.session}/element/${id}/value`, { text });
  }
  async click(css) {
    const id = await this.element(css);
    await this.call("POST", `${this.session}/element/${id}/click`, {});
  }
  async screenshot(file) {
    const png = await this.call("GET", this.session + "/screenshot");
    writeFileSync(file, Buffer.from(png, "base64"));
  }
  async waitFor(script, ms = 20000) {
    for (const end = Date.now() + ms; Date.now() < end; await sleep(100)) {
      if (await this.run(script).catch(() => false)) return true;
    }
    return false;
  }
  quit() { return this.session && this.call("DELETE", this.session); }
}

// Two reports of one made-up event, told in different words, and one
// carrying markup that must never run.
const uploads = [
  { id: "vardel-fire-1", title: "Fire destroys glass works in Vardel",
    date: "2030-05-04", source: "Vardel Courier",
    text: "A fire destroyed the old glass works in Vardel on Friday night, " +
      "the regional fire brigade said.\n\nAbout sixty firefighters fought " +
      "the blaze at the Vardel glass works for nine hours, according to a " +
      "statement from the fire brigade.\n\nThe cause of the fire at the " +
      "glass works is not yet known, police in Vardel said." },
  { id: "vardel-fire-2", title: "Vardel glass works burns down",
    date: "2030-05-05", source: "Northern Ledger",
    text: "The old glass works in Vardel burned down on Friday night, " +
      "the regional fire brigade said on Saturday.\n\nSixty firefighters " +
      "fought the blaze at the glass works in Vardel for nine hours, the " +
      "fire brigade said in a statement.\n\nPolice in Vardel said the cause " +
      "of the fire at the glass works is not yet known." },
  { id: "markup-test", title: "<script>window.__pwned = 1</script>Markup",
    date: "2030-06-01", source: "<b>Bold Outlet</b>",
    text: "Inspectors said the <img src=x onerror=\"window.__pwned = 2\"> " +
      "tag must stay text.\n\nThe council said <script>window.__pwned = 3" +
      "</script> would not run." },
];

async function uploadThroughForm(wd, base, article) {
  await wd.go(base + "/");
  await wd.type("#upload-id", article.id);
  await wd.type("#upload-title", article.title);
  await wd.type("#upload-date", article.date);
  await wd.type("#upload-source", article.source);
  await wd.type("#upload-text", article.text);
  await wd.click("#upload-submit");
  const arrived = await wd.waitFor(
    "return location.pathname.startsWith('/stories/') && " +
    "document.readyState === 'complete'");
  check(arrived, `upload of ${article.id} opens its story page`);
  const shown = await wd.run(
    "return !!document.querySelector('article[data-article=\"' + " +
    "arguments[0] + '\"]')", article.id);
  check(shown, `${article.id} is shown in its story`);
  return decodeURIComponent(new URL(await wd.currentUrl()).pathname.split("/")[2]);
}

async function checkStories(wd, base) {
  await wd.go(base + "/");
  const stories = await wd.run(
    "return document.querySelectorAll('tr[data-story]').length");
  check(stories >= 1, `index lists stories (${stories})`);
  await wd.screenshot(join(out, "webapp-index.png"));
  const href = await wd.run(
    "return document.querySelector('tr[data-story] a').getAttribute('href')");
  await wd.go(base + href);
  const claims = await wd.run(
    "return document.querySelectorAll('section.claim').length");
  check(claims >= 1, `story page shows claims (${claims})`);
  const graph = await wd.run(
    "const s = document.querySelector('section.claim svg.graph');" +
    "return s ? [s.querySelectorAll('g.node.outlet').length," +
    " s.querySelectorAll('g.node.root').length," +
    " s.getBoundingClientRect().height] : null");
  check(graph && graph[0] >= 1 && graph[1] >= 1 && graph[2] > 20,
        `a claim's source graph renders (${graph})`);
  const timeline = await wd.run(
    "const t = document.querySelector('section.claim .timeline');" +
    "return t ? t.querySelectorAll('li').length : 0");
  check(timeline >= 1, `a claim's timeline renders (${timeline} events)`);
  const claimHref = await wd.run(
    "return document.querySelector('section.claim h3 a').getAttribute('href')");
  await wd.go(base + claimHref);
  check(await wd.run("return !!document.querySelector('svg.graph')"),
        "the claim page shows its graph");
  await wd.screenshot(join(out, "webapp-claim.png"));
}

async function checkMarkupIsText(wd, base, db) {
  const story = await uploadThroughForm(wd, base, uploads[2]);
  const text = await wd.run("return document.body.innerText");
  check(text.includes("<script>window.__pwned = 1</script>Markup"),
        "web app shows the <script> title as text");
  check(text.includes("<img src=x"), "web app shows the <img> tag as text");
  check((await wd.run("return window.__pwned")) == null,
        "no injected script ran in the web app");
  const report = join(out, "report.html");
  const r = spawnSync(bin, ["report", "-q", "--db", db, "--html", report]);
  check(r.status === 0, "corroborate report --html writes the report");
  await wd.go("file://" + report);
  const reportText = await wd.run("return document.body.innerText");
  check(reportText.includes("<script>window.__pwned = 1</script>Markup"),
        "report shows the <script> title as text");
  check((await wd.run("return window.__pwned")) == null,
        "no injected script ran in the report");
  check(await wd.run("return document.querySelectorAll('svg.graph').length > 0"),
        "report has source graphs");
  await wd.screenshot(join(out, "report.png"));
  return story;
}

async function main() {
  const started = Date.now();
  mkdirSync(out, { recursive: true });
  const tmp = mkdtempSync(join(tmpdir(), "corroborate-browser-"));
  const db = join(tmp, "seeds.db");
  const analyzed = spawnSync(bin, ["analyze", "-q", "--db", db, args.seeds],
                             { stdio: ["ignore", "ignore", "inherit"] });
  check(analyzed.status === 0, "seeds analysed into a temporary store");
  const server = await startServer(db);
  const port = await freePort();
  const driver = spawn(chromedriver, ["--port=" + port],
                       { stdio: ["ignore", "ignore", "inherit"] });
  const wd = new WebDriver(`http://127.0.0.1:${port}`);
  try {
    await waitForDriver(wd.url);
    await wd.start(join(tmp, "profile"));
    await checkStories(wd, base(server));
    const first = await uploadThroughForm(wd, base(server), uploads[0]);
    await wd.screenshot(join(out, "webapp-story.png"));
    const second = await uploadThroughForm(wd, base(server), uploads[1]);
    check(first === second,
          `two reports of one event share a story (${first}, ${second})`);
    const stored = await (await fetch(`${base(server)}/api/articles/vardel-fire-2`)).json();
    check(stored.story === second, "API agrees on the uploaded article's story");
    await checkMarkupIsText(wd, base(server), db);
  } catch (error) {
    check(false, "browser session: " + error.message);
  } finally {
    await Promise.resolve(wd.quit()).catch(() => {});
    driver.kill();
    server.child.kill();
    rmSync(tmp, { recursive: true, force: true });
  }
  console.log(`browser test took ${((Date.now() - started) / 1000).toFixed(1)} s;` +
              ` screenshots in ${out}`);
  console.log(`${passed} passed, ${failed} failed`);
  process.exit(failed ? 1 : 0);
}

const base = (server) => server.base;
setTimeout(() => { console.log("FAIL timed out"); process.exit(1); }, 240000).unref();
main();
