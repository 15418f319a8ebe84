// The register's stored form: every object unpacks to exactly what was
// packed, whatever it holds, and costs what it holds.

#include <doctest/doctest.h>

#include <boost/json.hpp>

#include <cmath>
#include <cstring>
#include <limits>
#include <random>
#include <string>

#include "../src/register/opslag.hpp"
#include "../src/register/verpakt.hpp"
#include "klantinteracties/json/codec.hpp"
#include "klantinteracties/json/scalars.hpp"
#include "willekeurig.hpp"

namespace ki::opslag {
namespace {

template <class T>
void kijk_terug(const T& x) {
  const Verpakt v = pak(x);
  const T terug = pak_uit<T>(v);
  CHECK_MESSAGE(terug == x, json::encode_string(x));
  CHECK(json::encode_string(terug) == json::encode_string(x));  // the API's bytes as well
  const Verpakt kopie = v;
  CHECK(kopie.bytes() == v.bytes());
}

TEST_CASE("pak_uit(pak(x)) == x for random objects of every resource type") {
  eigenschappen::Willekeurig w(20261130);
  voor_elk_type([&](auto* tag) {
    using T = std::remove_pointer_t<decltype(tag)>;
    INFO(Describe<T>::naam);
    for (int i = 0; i < 100; ++i) kijk_terug(w.object<T>());
  });
}

TEST_CASE("the packed form keeps absent, null and empty apart") {
  Partij p;
  p.uuid = json::parse_uuid(std::string_view("6d2f1a0c-3b2a-4f59-8d8e-1a2b3c4d5e6f")).value();
  p.nummer.set_null();
  p.interneNotitie = std::string();
  p.digitaleAdressen = std::vector<Ref<DigitaalAdres>>{};
  p.soortPartij = SoortPartij::contactpersoon;
  p.indicatieActief = false;
  p.partijIdentificatie = PartijIdentificatie(std::in_place_index<2>);
  kijk_terug(p);
  const Partij terug = pak_uit<Partij>(pak(p));
  CHECK(terug.nummer.is_null());
  CHECK(terug.interneNotitie.has_value());
  CHECK(terug.voorkeurstaal.is_absent());
  CHECK(terug.partijIdentificatie->index() == 2);
}

TEST_CASE("the packed form keeps members without a field, expansions and every date-time form") {
  auto decode = [](std::string_view tekst) {
    auto d = json::decode<DigitaalAdres>(boost::json::parse(tekst));
    REQUIRE(d.ok());
    return d.value;
  };
  DigitaalAdres a =
      decode(R"({"adres":"a@b.nl","soortDigitaalAdres":"email","extra":{"x":[1,2.5,null]}})");
  REQUIRE(!a.unknown.empty());
  Betrokkene b;
  b.contactnaam.emplace().achternaam = "Vries";
  a.expand.emplace().verstrektDoorBetrokkene = Box<Betrokkene>(b);
  kijk_terug(a);

  for (const char* t : {"2024-02-29T23:59:59", "2024-02-29T00:00:00.1Z",
                        "1900-01-01T00:00:00.000001-14:30", "2100-12-31T12:00:00+05:45"}) {
    CAPTURE(t);
    Klantcontact k;
    k.plaatsgevondenOp = json::parse_date_time(t).value();
    k.metadata = Metadata{{"a", ""}, {"", "b"}, {"a", "c"}};
    kijk_terug(k);
  }
}

TEST_CASE("members without a field keep every JSON kind, doubles to the bit") {
  // Many doubles do not come back from Boost.JSON's text to the same bits
  // (1.3927926388013963E-143 is one); the packed form must not go through text.
  std::mt19937_64 rng(3);
  boost::json::array getallen;
  while (getallen.size() < 500) {
    const std::uint64_t bits = rng();
    double d;
    std::memcpy(&d, &bits, sizeof d);
    if (std::isfinite(d)) getallen.push_back(d);
  }
  getallen.push_back(-0.0);
  DigitaalAdres a;
  a.uuid = json::parse_uuid(std::string_view("6d2f1a0c-3b2a-4f59-8d8e-1a2b3c4d5e6f")).value();
  a.unknown["getallen"] = getallen;
  a.unknown["groot"] = std::uint64_t{18446744073709551615u};
  a.unknown["klein"] = std::int64_t{-9223372036854775807 - 1};
  a.unknown["diep"] = boost::json::parse(R"({"a": [true, false, null, "x", {}], "": []})");
  const DigitaalAdres terug = pak_uit<DigitaalAdres>(pak(a));
  CHECK(terug == a);
  const auto& t = terug.unknown.at("getallen").as_array();
  REQUIRE(t.size() == getallen.size());
  for (std::size_t i = 0; i < t.size(); ++i) {
    const double x = getallen[i].as_double(), y = t[i].as_double();
    CHECK(std::memcmp(&x, &y, sizeof x) == 0);
  }
  CHECK(terug.unknown.at("groot").is_uint64());
  CHECK(terug.unknown.at("klein").as_int64() == std::numeric_limits<std::int64_t>::min());
}

TEST_CASE("texts of every length keep their bytes, NUL included") {
  for (std::size_t n : {0u, 1u, 127u, 128u, 16383u, 16384u, 70000u}) {
    CAPTURE(n);
    Categorie c;
    std::string naam(n, 'x');
    if (n) naam[n / 2] = '\0';
    c.naam = naam;
    kijk_terug(c);
  }
}

TEST_CASE("the header carries the volgnummer, and the uuid is read from the packed fields") {
  eigenschappen::Willekeurig w(7);
  voor_elk_type([&](auto* tag) {
    using T = std::remove_pointer_t<decltype(tag)>;
    T x = w.object<T>();
    x.uuid = w.waarde<Uuid>({}, 0);
    const Verpakt v = pak(x, 0x0123456789abcdefULL);
    CHECK(v.volgnummer() == 0x0123456789abcdefULL);
    CHECK(v.uuid() == *x.uuid);
    CHECK(Verpakt(v).volgnummer() == v.volgnummer());
  });
}

TEST_CASE("a stored partij costs what it holds, not the size of the struct") {
  Partij p;
  p.uuid = json::parse_uuid(std::string_view("6d2f1a0c-3b2a-4f59-8d8e-1a2b3c4d5e6f")).value();
  p.soortPartij = SoortPartij::persoon;
  p.indicatieActief = true;
  CHECK(pak(p).bytes().size() < 64);
  CHECK(sizeof(Partij) > 1000);
}

}  // namespace
}  // namespace ki::opslag
