// Every write failed at each of its storage steps (opslag's test hook).

#include <doctest/doctest.h>

#include "doorloop.hpp"
#include "fout_na_stappen.hpp"

namespace ki::fouttest {

TEST_CASE("fault injection: a write failing at any storage step leaves the register unchanged") {
  for (const auto& op : operaties()) {
    const auto stappen = doorloop<opslag::test::FoutNaStappen>(op);
    if (op.met_stappen) CHECK_MESSAGE(stappen.punten > 0, std::string(op.naam));
    MESSAGE(std::string(op.naam), ": ", stappen.punten, " steps, ", stappen.als_fout, " answered with an error");
  }
}

}  // namespace ki::fouttest
