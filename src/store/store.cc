// Placeholder; replaced by the store stage.
#include "corroborate/store.h"
namespace corroborate {
Result<std::unique_ptr<Store>> Store::Open(const StoreOptions& o) { return Status::NotSupported(o.url, "store not built yet"); }
}
