#!/usr/bin/python3
# Runs readability-lxml (Debian python3-readability) over the corpus and
# writes one JSONL line {"id", "text"} per page to stdout; the seconds spent
# extracting (file reading excluded) go to stderr. Must run under
# /usr/bin/python3, where Debian installs the module.
#
#   /usr/bin/python3 readability_lxml.py CORPUS_DIR > out.jsonl 2> seconds.txt
import json
import sys
import time

import lxml.html
from readability import Document

# Block elements get a newline after them so that the words of adjacent
# paragraphs do not run together in text_content().
BLOCKS = {"p", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote",
          "pre", "td", "th", "tr", "br", "section", "article", "figcaption",
          "dd", "dt", "ul", "ol", "table"}


def main():
    directory = sys.argv[1]
    seconds = 0.0
    with open(directory + "/truth.jsonl", encoding="utf-8") as truth:
        for line in truth:
            page_id = json.loads(line)["id"]
            with open(directory + "/html/" + page_id + ".html", "rb") as f:
                html = f.read().decode("utf-8", "replace")
            start = time.perf_counter()
            text = ""
            try:
                summary = Document(html).summary(html_partial=True)
                tree = lxml.html.fromstring(summary)
                for element in tree.iter():
                    if isinstance(element.tag, str) and element.tag in BLOCKS:
                        element.tail = "\n" + (element.tail or "")
                text = tree.text_content()
            except Exception:  # one bad page must not stop the run
                text = ""
            seconds += time.perf_counter() - start
            print(json.dumps({"id": page_id, "text": text}, ensure_ascii=False))
    print(seconds, file=sys.stderr)


if __name__ == "__main__":
    main()
