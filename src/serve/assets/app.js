// corroborate web app: sends the upload form to POST /api/articles and
// opens the story the article joined. Plain script, no dependencies.
"use strict";

function readFile(file) {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(reader.result);
    reader.onerror = () => reject(reader.error);
    reader.readAsText(file);
  });
}

async function upload(event) {
  event.preventDefault();
  const form = event.target;
  const status = document.getElementById("upload-status");
  const value = (id) => {
    const el = document.getElementById(id);
    return el ? el.value.trim() : "";
  };
  const file = document.getElementById("upload-file").files[0];
  let text = value("upload-text");
  if (!text && file) text = await readFile(file);
  if (!text) {
    status.textContent = "Paste a text or choose a .txt file.";
    return;
  }
  const body = { title: value("upload-title"), text: text };
  for (const [key, id] of [["id", "upload-id"], ["date", "upload-date"],
                           ["source", "upload-source"]]) {
    if (value(id)) body[key] = value(id);
  }
  const headers = { "Content-Type": "application/json" };
  if (value("upload-token")) headers["X-Corroborate-Token"] = value("upload-token");
  status.textContent = "Analysing\u2026";
  form.querySelector("button[type=submit]").disabled = true;
  try {
    const response = await fetch("/api/articles", {
      method: "POST", headers: headers, body: JSON.stringify(body) });
    const result = await response.json().catch(() => ({}));
    if (!response.ok) throw new Error(result.error || response.statusText);
    status.textContent = "Added " + result.article + " to " + result.story;
    window.location.href = "/stories/" + encodeURIComponent(result.story) +
        "#article-" + encodeURIComponent(result.article);
  } catch (error) {
    status.textContent = "Upload failed: " + error.message;
    form.querySelector("button[type=submit]").disabled = false;
  }
}

document.addEventListener("DOMContentLoaded", () => {
  const form = document.getElementById("upload-form");
  if (form) form.addEventListener("submit", upload);
});
