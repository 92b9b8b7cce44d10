// Copyright (c) 2026 The corroborate Authors. All rights reserved.
// Use of this source code is governed by an MIT-style license.
//
// Decides, block by block, whether a block is body text, the headline, or
// boilerplate with a reason. Blocks outside the main content keep the
// reason their ancestors imply (else navigation, or related links when they
// are mostly links). Inside it, precision passes in the manner of
// trafilatura remove: blocks in marked furniture (share bars, captions,
// comments), link lists, short stock lines ("Advertisement", "Share this
// article", "Read more", "© 2020 ..."), bylines, photo credits and repeated
// paragraphs. Thread-safe: no state.

#pragma once

#include <string_view>
#include <vector>

#include "extract/html/block_collector.h"
#include "extract/html/metadata_reader.h"

namespace corroborate::extract_html {

// The verdict on one block.
struct BlockVerdict {
  bool headline = false;  // the article title; not a paragraph at all
  BoilerplateReason reason = BoilerplateReason::kNone;  // kNone = body
};

// Returns one verdict per block. REQUIRES: in_content.size() ==
// blocks.size().
std::vector<BlockVerdict> ClassifyBlocks(const std::vector<Block>& blocks,
                                         const std::vector<bool>& in_content,
                                         const PageMetadata& metadata);

// Returns the reason a short stand-alone line is page furniture
// ("Advertisement", "Share this article", "Read more: ...", "Sign up for
// our newsletter", "© 2020 Example Media"); kNone if it is not one, or if
// it is longer than a stock line. Exposed for tests.
BoilerplateReason StockLineReason(std::string_view text);

}  // namespace corroborate::extract_html
