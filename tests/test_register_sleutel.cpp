// The text index key: in place up to 46 bytes, on the heap beyond, the same
// text either way through copies, moves and look-ups.

#include <doctest/doctest.h>

#include <string>
#include <utility>

#include "../src/register/opslag.hpp"
#include "../src/register/sleutel.hpp"

namespace ki::opslag {
namespace {

TEST_CASE("Sleutel keeps its text at every length around the in-place limit") {
  for (std::size_t n : {0u, 1u, 9u, 15u, 16u, 45u, 46u, 47u, 48u, 200u}) {
    std::string tekst;
    for (std::size_t i = 0; i < n; ++i) tekst += static_cast<char>('a' + i % 26);
    CAPTURE(n);
    Sleutel s(tekst);
    CHECK(s.view() == tekst);
    Sleutel kopie(s);
    CHECK(kopie.view() == tekst);
    CHECK(s.view() == tekst);  // the copy left the original alone
    Sleutel verhuisd(std::move(kopie));
    CHECK(verhuisd.view() == tekst);
    Sleutel ander("x");
    ander = verhuisd;
    CHECK(ander.view() == tekst);
    ander = Sleutel("kort");
    CHECK(ander.view() == "kort");
    ander = std::move(verhuisd);
    CHECK(ander.view() == tekst);
    CHECK(ander == s);
    CHECK(ander == std::string_view(tekst));
  }
}

TEST_CASE("Sleutel tells keys apart that differ past the first bytes or in length") {
  const std::string lang(60, 'k');
  CHECK_FALSE(Sleutel(lang) == Sleutel(lang + "k"));
  CHECK_FALSE(Sleutel(lang) == std::string_view(lang.substr(0, 46)));
  CHECK_FALSE(Sleutel("jan@example.nl") == Sleutel("jan@example.nm"));
  CHECK(Sleutel(std::string_view("a\0b", 3)).view().size() == 3);  // NUL is a byte like any other
}

TEST_CASE("A text index finds keys of every length by their text") {
  TekstIndex index;
  const std::string lang = "een.heel.lang.e-mailadres.voorbij.de.grens@voorbeeld-gemeente.nl";
  for (std::string_view k :
       {std::string_view("999990019"), std::string_view("jan@example.nl"), std::string_view(lang)})
    index.try_emplace(Sleutel(k)).first->second.push_back(Uuid{});
  for (int i = 0; i < 1000; ++i)
    index.try_emplace(Sleutel("vulling-" + std::to_string(i)));  // rehashes
  CHECK(index.find(std::string_view(lang)) != index.end());
  CHECK(index.find(std::string_view("jan@example.nl"))->second.size() == 1);
  CHECK(index.contains(std::string_view("999990019")));
  CHECK_FALSE(index.contains(std::string_view("999990018")));
  CHECK(uuids_in(index, lang).size() == 1);
}

}  // namespace
}  // namespace ki::opslag
