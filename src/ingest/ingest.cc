// Placeholder; replaced by the ingest stage.
#include "corroborate/ingest.h"
namespace corroborate {
Result<std::vector<Article>> IngestBytes(std::string_view, std::string_view path, const IngestOptions&, const DiagnosticSink&) { return Status::NotSupported(path, "ingest not built yet"); }
Result<std::vector<Article>> IngestFile(const std::string& path, const IngestOptions&, const DiagnosticSink&) { return Status::NotSupported(path, "ingest not built yet"); }
std::vector<std::string> ListInputFiles(const std::vector<std::string>& paths, const DiagnosticSink&) { return paths; }
}
