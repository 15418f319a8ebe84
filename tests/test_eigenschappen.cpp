// Properties over random input, for every resource type: a valid object
// survives encode -> decode unchanged (and re-encodes to the same bytes), and
// damaged payloads never crash the validators (pass, or errors with names).

#include <doctest/doctest.h>

#include <boost/json.hpp>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "klantinteracties/json/codec.hpp"
#include "klantinteracties/rules/validate.hpp"
#include "mutaties.hpp"
#include "willekeurig.hpp"

namespace ki::eigenschappen {
namespace {

// Fixed seeds and counts: the same cases on every run, a few seconds in Debug.
constexpr std::uint64_t kSeed = 20240506;
constexpr int kObjecten = 100;
constexpr int kMutaties = 200;

template <class F>
void voor_elk_type(F&& f) {
  f.template operator()<Klantcontact>();
  f.template operator()<Betrokkene>();
  f.template operator()<Onderwerpobject>();
  f.template operator()<Bijlage>();
  f.template operator()<ActorKlantcontact>();
  f.template operator()<Actor>();
  f.template operator()<InterneTaak>();
  f.template operator()<Partij>();
  f.template operator()<PartijIdentificator>();
  f.template operator()<DigitaalAdres>();
  f.template operator()<Rekeningnummer>();
  f.template operator()<Vertegenwoordigden>();
  f.template operator()<Categorie>();
  f.template operator()<CategorieRelatie>();
  f.template operator()<MaakKlantcontact>();
}

// The example requests of a type (tests/data/requests/<naam>*.json).
std::vector<boost::json::value> voorbeelden(std::string_view naam) {
  std::vector<boost::json::value> uit;
  for (const auto& e : std::filesystem::directory_iterator(KI_TEST_DATA "/requests")) {
    const std::string bestand = e.path().filename().string();
    if (!bestand.starts_with(std::string(naam) + ".") && !bestand.starts_with("Patched" + std::string(naam) + "."))
      continue;
    std::ifstream in(e.path());
    std::stringstream s;
    s << in.rdbuf();
    uit.push_back(boost::json::parse(s.str()));
  }
  return uit;
}

void check_namen(const InvalidParams& fouten, const boost::json::value& payload) {
  for (const auto& f : fouten) {
    CHECK_MESSAGE(!f.name.empty(), boost::json::serialize(payload));
    CHECK_MESSAGE(!f.code.empty(), boost::json::serialize(payload));
  }
}

// The JSON names of the top-level fields in which a and b differ (for the
// failure message).
template <class T>
std::string verschil(const T& a, const T& b) {
  std::string uit;
  for_each_veld<T>([&](const auto& veld) {
    if (!(a.*(veld.member) == b.*(veld.member))) uit += std::string(veld.json) + " ";
  });
  if (!(a.unknown == b.unknown)) uit += "(unknown members)";
  return uit;
}

}  // namespace

TEST_CASE("property: encode -> decode is the identity on random valid objects of every type") {
  Willekeurig w(kSeed);
  voor_elk_type([&]<class T>() {
    INFO(Describe<T>::naam);
    for (int i = 0; i < kObjecten; ++i) {
      const T x = w.object<T>();
      const boost::json::value e = json::encode(x);
      const std::string tekst = boost::json::serialize(e);
      INFO(tekst);
      CHECK(json::encode_string(x) == tekst);  // the direct writer: the DOM's bytes
      const auto d = json::decode<T>(e);
      REQUIRE(d.ok());
      CHECK_MESSAGE(d.value == x, verschil(d.value, x));
      CHECK(boost::json::serialize(json::encode(d.value)) == tekst);  // byte for byte
      // Through the text as well: escapes and multi-byte characters.
      const auto t = json::decode<T>(std::string_view(tekst));
      REQUIRE(t.ok());
      CHECK_MESSAGE(t.value == x, verschil(t.value, x));
    }
  });
}

TEST_CASE("property: damaged payloads of every type: the validators answer, never crash") {
  Willekeurig w(kSeed + 1);
  voor_elk_type([&]<class T>() {
    INFO(Describe<T>::naam);
    std::vector<boost::json::value> basis = voorbeelden(Describe<T>::naam);
    for (int i = 0; i < 8; ++i) basis.push_back(json::encode(w.object<T>()));
    int afgewezen = 0;
    for (int i = 0; i < kMutaties; ++i) {
      boost::json::value payload = basis[static_cast<std::size_t>(w.getal(0, static_cast<int>(basis.size()) - 1))];
      for (int n = w.getal(1, 3); n > 0; --n) beschadig(payload, w);
      for (auto modus : {rules::Modus::create, rules::Modus::partial}) {
        rules::Options opties;
        opties.modus = modus;
        if (w.kans(30)) opties.profiel = rules::Profiel::strict;
        const auto v = rules::validate<T>(payload, opties);
        check_namen(v.errors, payload);
        afgewezen += !v.ok();
      }
      // The codec alone, from the value and from the text.
      check_namen(json::decode<T>(payload).errors, payload);
      check_namen(json::decode<T>(std::string_view(boost::json::serialize(payload))).errors, payload);
    }
    CHECK(afgewezen > kMutaties / 2);  // the damage reaches the validators
  });
}

}  // namespace ki::eigenschappen
