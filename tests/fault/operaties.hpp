#pragma once
// The register writes the fault tests break: each prepares its register and
// hands back the write itself (true: it succeeded), which may be run again
// after a failed attempt.

#include <functional>
#include <vector>

#include "test_cases_hulp.hpp"

namespace ki::fouttest {

struct Operatie {
  const char* naam;
  std::function<std::function<bool()>(test::Omgeving&)> bereid;
  // Whether the write goes through Transactie::zet / wis (an import builds a
  // new storage aside and swaps it in).
  bool met_stappen = true;
};

std::vector<Operatie> operaties();

}  // namespace ki::fouttest
