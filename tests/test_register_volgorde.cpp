// The creation order of a collection: new objects last, a replaced or
// restored object in its old place, also after the removed ones are cleared.

#include <doctest/doctest.h>

#include <vector>

#include "../src/register/volgorde.hpp"

namespace ki::opslag {
namespace {

Uuid uuid(int n) {
  Uuid u{};
  u.data[15] = static_cast<std::uint8_t>(n);
  u.data[14] = static_cast<std::uint8_t>(n >> 8);
  return u;
}

std::vector<int> inhoud(const Volgorde& v) {
  std::vector<int> uit;
  v.voor_elk([&](const Uuid& u) { uit.push_back(u.data[14] << 8 | u.data[15]); });
  return uit;
}

TEST_CASE("Volgorde: new objects last, a removed one leaves the rest in order") {
  Volgorde v;
  for (int i = 1; i <= 5; ++i) v.zet(static_cast<std::uint64_t>(i * 10), uuid(i));
  CHECK(inhoud(v) == std::vector<int>{1, 2, 3, 4, 5});
  v.haal_weg(30);
  v.haal_weg(30);  // twice: no effect
  v.haal_weg(35);  // never there
  CHECK(inhoud(v) == std::vector<int>{1, 2, 4, 5});
  CHECK(v.size() == 4);
  v.zet(30, uuid(3));  // a rollback restores it: its old place
  CHECK(inhoud(v) == std::vector<int>{1, 2, 3, 4, 5});
  v.haal_weg(50);
  v.zet(50, uuid(9));  // replaced under the same number: same place
  CHECK(inhoud(v) == std::vector<int>{1, 2, 3, 4, 9});
  CHECK(v.size() == 5);
}

TEST_CASE(
    "Volgorde: removed pairs are cleared away, and a restore after that still finds its place") {
  Volgorde v;
  for (int i = 1; i <= 200; ++i) v.zet(static_cast<std::uint64_t>(i), uuid(i));
  for (int i = 1; i <= 150; ++i) v.haal_weg(static_cast<std::uint64_t>(i));  // clears at 101
  CHECK(v.size() == 50);
  std::vector<int> rest;
  for (int i = 151; i <= 200; ++i) rest.push_back(i);
  CHECK(inhoud(v) == rest);
  v.zet(7, uuid(7));      // its pair went in the clearing
  v.zet(120, uuid(120));  // its pair is still marked
  rest.insert(rest.begin(), {7, 120});
  CHECK(inhoud(v) == rest);
  CHECK(v.size() == 52);
  v.zet(500, uuid(500));
  rest.push_back(500);
  CHECK(inhoud(v) == rest);
}

}  // namespace
}  // namespace ki::opslag
