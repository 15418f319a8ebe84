// Every write failed at each of its allocations (std::bad_alloc from the
// replaced operator new).

#include <doctest/doctest.h>

#include "allocatie_fout.hpp"
#include "doorloop.hpp"

namespace ki::fouttest {

TEST_CASE("fault injection: a write failing at any allocation leaves the register unchanged") {
  for (const auto& op : operaties()) {
    const auto allocaties = doorloop<AllocatieFoutNa>(op);
    CHECK_MESSAGE(allocaties.punten > 0, std::string(op.naam));
    MESSAGE(std::string(op.naam), ": ", allocaties.punten, " allocations, ", allocaties.als_fout,
            " answered with an error, ", allocaties.opgevangen, " absorbed");
  }
}

}  // namespace ki::fouttest
