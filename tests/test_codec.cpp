// The JSON codec (json/codec.hpp, json/components.hpp) against realistic
// Open Klant bodies (tests/data/requests, tests/data/responses) and against
// the component list of the OpenAPI document.
//
// Data files are named `<Component>[.<variant>].json`; the component name
// selects the model type through json::find_component().

#include <doctest/doctest.h>

#include <boost/json.hpp>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>
#include <string>
#include <string_view>
#include <type_traits>
#include <variant>
#include <vector>

#include "klantinteracties/json/codec.hpp"
#include "klantinteracties/json/components.hpp"
#include "klantinteracties/model.hpp"

namespace fs = std::filesystem;
namespace kj = ki::json;
using ki::InvalidParams;

namespace {

const fs::path kData = KI_TEST_DATA;
const fs::path kOpenApi =
    fs::path(KI_SHARED_DIR) / "reference" / "openklant-klantinteracties-openapi.yaml";

std::string read_text(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  REQUIRE_MESSAGE(in.good(), "cannot open " << p.string());
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

boost::json::value parse_file(const fs::path& p) { return boost::json::parse(read_text(p)); }

// All *.json files of tests/data/<dir>, sorted.
std::vector<fs::path> bodies(std::string_view dir) {
  std::vector<fs::path> out;
  for (const auto& e : fs::directory_iterator(kData / dir))
    if (e.is_regular_file() && e.path().extension() == ".json") out.push_back(e.path());
  std::sort(out.begin(), out.end());
  return out;
}

// `Partij.persoon.json` -> `Partij`.
std::string component_of(const fs::path& p) {
  const std::string name = p.filename().string();
  return name.substr(0, name.find('.'));
}

std::string dump(const InvalidParams& errors) {
  std::string s;
  for (const auto& e : errors) s += "\n  " + e.name + " / " + e.code + " / " + e.reason;
  return s.empty() ? " (none)" : s;
}

// Decodes text that must decode without errors.
template <class T>
T decode_ok(std::string_view text) {
  auto d = kj::decode<T>(text);
  INFO("decode errors:" << dump(d.errors));
  REQUIRE(d.ok());
  return std::move(d.value);
}

template <class T>
T decode_file(std::string_view dir, std::string_view file) {
  return decode_ok<T>(read_text(kData / dir / file));
}

// The one error of decoding `text` as T.
template <class T>
ki::InvalidParam single_error(std::string_view text) {
  kj::Decoded<T> d;
  REQUIRE_NOTHROW(d = kj::decode<T>(text));
  INFO("decode errors:" << dump(d.errors));
  REQUIRE(d.errors.size() == 1);
  return d.errors.front();
}

// Component names of the OpenAPI document (`components: schemas:` entries at
// four spaces of indent), read as text.
std::vector<std::string> openapi_schema_names() {
  std::istringstream in(read_text(kOpenApi));
  std::vector<std::string> names;
  std::string line;
  bool in_schemas = false;
  while (std::getline(in, line)) {
    if (line == "  schemas:") {
      in_schemas = true;
      continue;
    }
    if (!in_schemas) continue;
    if (line.size() > 2 && line[0] == ' ' && line[1] == ' ' && line[2] != ' ')
      break;  // next section
    if (line.size() > 5 && line.compare(0, 4, "    ") == 0 && line[4] != ' ' && line.back() == ':')
      names.push_back(line.substr(4, line.size() - 5));
  }
  return names;
}

bool starts_with(std::string_view s, std::string_view p) { return s.substr(0, p.size()) == p; }
bool ends_with(std::string_view s, std::string_view e) {
  return s.size() >= e.size() && s.substr(s.size() - e.size()) == e;
}

}  // namespace

// ---------------------------------------------------------------------------
// Round trips of realistic bodies (model.md §1.9)
// ---------------------------------------------------------------------------

TEST_CASE(
    "codec: every response body re-encodes byte for byte, keys in Open Klant's order "
    "(model.md §1.9 items 1-13)") {
  const auto files = bodies("responses");
  REQUIRE(files.size() >= 40);
  for (const auto& file : files) {
    CAPTURE(file.filename().string());
    const auto* comp = kj::find_component(component_of(file));
    REQUIRE(comp != nullptr);
    const boost::json::value body = parse_file(file);
    InvalidParams errors;
    const boost::json::value out = comp->roundtrip(body, errors);
    INFO("decode errors:" << dump(errors));
    CHECK(errors.empty());
    CHECK(out == body);
    // Open Klant writes compact JSON in the model's field order (§1.9 item 13):
    // the serialized text must be the same, not just the same members.
    CHECK(boost::json::serialize(out) == boost::json::serialize(body));
  }
}

TEST_CASE(
    "codec: every request body decodes and re-encodes to the same JSON value "
    "(model.md §1.9 items 14-19)") {
  const auto files = bodies("requests");
  REQUIRE(files.size() >= 20);
  for (const auto& file : files) {
    CAPTURE(file.filename().string());
    const auto* comp = kj::find_component(component_of(file));
    REQUIRE(comp != nullptr);
    const boost::json::value body = parse_file(file);
    InvalidParams errors;
    const boost::json::value out = comp->roundtrip(body, errors);
    INFO("decode errors:" << dump(errors));
    CHECK(errors.empty());
    CHECK(out == body);  // request key order varies (§1.9 item 18): compared as values
  }
}

TEST_CASE(
    "codec: every resource type has a realistic request and response body, every "
    "response-only component a response body") {
  std::set<std::string> requests, responses;
  for (const auto& f : bodies("requests")) requests.insert(component_of(f));
  for (const auto& f : bodies("responses")) responses.insert(component_of(f));
  for (const auto& comp : kj::components()) {
    const std::string naam(comp.naam);
    CAPTURE(naam);
    if (comp.gebruik == kj::Gebruik::resource) {
      CHECK(requests.count(naam) == 1);
      CHECK(responses.count(naam) == 1);
    } else if (comp.gebruik == kj::Gebruik::response) {
      CHECK(responses.count(naam) == 1);
    }
  }
}

TEST_CASE("codec: typed decode of the data files gives the same encoding as the table") {
  // The table is the way the CLI and the C ABI reach the codec; make sure it
  // points at the types a C++ user would pick.
  const auto check = [](auto tag, std::string_view dir, std::string_view file) {
    using T = typename decltype(tag)::type;
    CAPTURE(file);
    const boost::json::value body = parse_file(kData / dir / file);
    const auto d = kj::decode<T>(body);
    INFO("decode errors:" << dump(d.errors));
    CHECK(d.ok());
    CHECK(kj::encode(d.value) == body);
  };
  check(std::type_identity<ki::Klantcontact>{}, "responses", "Klantcontact.json");
  check(std::type_identity<ki::Betrokkene>{}, "responses", "Betrokkene.json");
  check(std::type_identity<ki::Bijlage>{}, "responses", "Bijlage.json");
  check(std::type_identity<ki::Onderwerpobject>{}, "responses", "Onderwerpobject.json");
  check(std::type_identity<ki::ActorKlantcontact>{}, "responses", "ActorKlantcontact.json");
  check(std::type_identity<ki::MaakKlantcontact>{}, "responses", "MaakKlantcontact.json");
  check(std::type_identity<ki::MaakKlantcontact>{}, "requests", "MaakKlantcontact.json");
  check(std::type_identity<ki::Actor>{}, "responses", "Actor.medewerker.json");
  check(std::type_identity<ki::InterneTaak>{}, "responses", "InterneTaak.json");
  check(std::type_identity<ki::Partij>{}, "responses", "Partij.organisatie.json");
  check(std::type_identity<ki::PartijIdentificator>{}, "responses", "PartijIdentificator.json");
  check(std::type_identity<ki::DigitaalAdres>{}, "responses", "DigitaalAdres.json");
  check(std::type_identity<ki::Rekeningnummer>{}, "responses", "Rekeningnummer.json");
  check(std::type_identity<ki::Vertegenwoordigden>{}, "responses", "Vertegenwoordigden.json");
  check(std::type_identity<ki::Categorie>{}, "responses", "Categorie.json");
  check(std::type_identity<ki::CategorieRelatie>{}, "responses", "CategorieRelatie.json");
  check(std::type_identity<ki::Pagina<ki::Partij>>{}, "responses",
        "PaginatedExpandPartijList.json");
  check(std::type_identity<ki::Pagina<ki::InterneTaak>>{}, "responses",
        "PaginatedInterneTaakList.json");
}

// ---------------------------------------------------------------------------
// Decoded values
// ---------------------------------------------------------------------------

TEST_CASE(
    "codec: Partij responses choose the partijIdentificatie alternative by soortPartij "
    "(model.md §5.1, §7)") {
  SUBCASE("persoon") {
    const auto p = decode_file<ki::Partij>("responses", "Partij.persoon.json");
    REQUIRE(p.soortPartij.has_value());
    CHECK(*p.soortPartij == ki::SoortPartij::persoon);
    REQUIRE(p.partijIdentificatie.has_value());
    REQUIRE(std::holds_alternative<ki::Persoon>(*p.partijIdentificatie));
    const auto& persoon = std::get<ki::Persoon>(*p.partijIdentificatie);
    CHECK(persoon.volledigeNaam.value_or("") == "Anna de Jong");
    CHECK(persoon.contactnaam->voorvoegselAchternaam.value_or("") == "de");
    // null stays null, "" stays "" (§1.9 items 1-2)
    CHECK(p.nummer.is_null());
    CHECK(p.indicatieGeheimhouding.is_null());
    CHECK(p.interneNotitie.has_value());
    CHECK(p.interneNotitie.value().empty());
    CHECK(p.correspondentieadres->huisnummer.is_null());
    CHECK(p.correspondentieadres->land.value_or("x").empty());
    CHECK(p.bezoekadres->huisnummer.value_or(0) == 1);
    CHECK(p.bezoekadres->postcode.value_or("") == "1011 PN");
    // nested partijIdentificatoren are full objects (§5.1)
    REQUIRE(p.partijIdentificatoren->size() == 1);
    const auto& pi = p.partijIdentificatoren->front();
    CHECK(pi.url.has_value());
    CHECK(pi.subIdentificatorVan.is_null());
    CHECK(pi.partijIdentificator->codeRegister.value_or(ki::CodeRegister::hr) ==
          ki::CodeRegister::brp);
    CHECK(pi.partijIdentificator->codeSoortObjectId.value_or(ki::CodeSoortObjectId::rsin) ==
          ki::CodeSoortObjectId::bsn);
    CHECK(pi.partijIdentificator->objectId.value_or("") == "999993653");
    CHECK(p.vertegenwoordigden->empty());
    CHECK(p.expand.is_absent());  // a detail GET without ?expand has no _expand (§1.9 item 9)
  }
  SUBCASE("organisatie") {
    const auto p = decode_file<ki::Partij>("responses", "Partij.organisatie.json");
    REQUIRE(std::holds_alternative<ki::Organisatie>(*p.partijIdentificatie));
    CHECK(std::get<ki::Organisatie>(*p.partijIdentificatie).naam.value_or("") ==
          "Bakkerij Van der Berg B.V.");
    REQUIRE(p.partijIdentificatoren->size() == 2);
    const auto& vestiging = (*p.partijIdentificatoren)[1];
    CHECK(vestiging.partijIdentificator->codeObjecttype.value_or(ki::CodeObjecttype::vestiging) ==
          ki::CodeObjecttype::vestiging);
    REQUIRE(vestiging.subIdentificatorVan.has_value());
    CHECK(kj::format_uuid(*vestiging.subIdentificatorVan->uuid) ==
          kj::format_uuid(*(*p.partijIdentificatoren)[0].uuid));
    REQUIRE(p.categorieRelaties->size() == 1);
    CHECK(p.categorieRelaties->front().categorieNaam.value_or("") == "Ondernemer");
    CHECK(p.categorieRelaties->front().eindDatum.is_null());
    CHECK(p.correspondentieadres->land.value_or("") == "BE");
  }
  SUBCASE("contactpersoon") {
    const auto p = decode_file<ki::Partij>("responses", "Partij.contactpersoon.json");
    REQUIRE(std::holds_alternative<ki::Contactpersoon>(*p.partijIdentificatie));
    const auto& cp = std::get<ki::Contactpersoon>(*p.partijIdentificatie);
    CHECK(cp.uuid.has_value());
    REQUIRE(cp.werkteVoorPartij.has_value());
    CHECK(cp.werkteVoorPartij->url.value_or("") ==
          "https://openklant.example.nl/klantinteracties/api/v1/partijen/"
          "9eafb0c1-d2e3-4f40-b15c-6d7e8f9a0b12");
    CHECK(cp.volledigeNaam.value_or("") == "Jan van der Berg");
    CHECK(p.vertegenwoordigden->size() == 1);
  }
  SUBCASE("partijIdentificatie: null in a response (§1.9 item 4)") {
    const auto p = decode_file<ki::Partij>("responses", "Partij.zonder_partij_identificatie.json");
    CHECK(p.partijIdentificatie.is_null());
    CHECK(p.nummer.value_or("") == "0000000017");  // older servers' nummer (§1.9 item 11)
    CHECK(kj::encode(p).as_object().at("partijIdentificatie").is_null());
  }
}

TEST_CASE(
    "codec: Actor responses choose the actorIdentificatie alternative by soortActor "
    "(model.md §4.1, §1.9 item 4)") {
  const auto mdw = decode_file<ki::Actor>("responses", "Actor.medewerker.json");
  REQUIRE(std::holds_alternative<ki::Medewerker>(*mdw.actorIdentificatie));
  CHECK(std::get<ki::Medewerker>(*mdw.actorIdentificatie).telefoonnummer.value_or("") ==
        "0201234567");
  CHECK(mdw.actoridentificator->objectId.value_or("") == "E104523");

  const auto ga = decode_file<ki::Actor>("responses", "Actor.geautomatiseerde_actor.json");
  CHECK(*ga.soortActor == ki::SoortActor::geautomatiseerde_actor);
  REQUIRE(std::holds_alternative<ki::GeautomatiseerdeActor>(*ga.actorIdentificatie));
  CHECK(ga.indicatieActief.value_or(true) == false);
  CHECK(ga.actoridentificator->codeRegister.value_or("x").empty());

  const auto oe = decode_file<ki::Actor>("responses", "Actor.organisatorische_eenheid.json");
  CHECK(*oe.soortActor == ki::SoortActor::organisatorische_eenheid);
  CHECK(oe.actorIdentificatie.is_null());
}

TEST_CASE(
    "codec: a discriminator after its detail object still selects the detail "
    "(model.md §1.9 item 18)") {
  const auto a = decode_file<ki::Actor>("requests", "Actor.geautomatiseerde_actor.json");
  REQUIRE(a.actorIdentificatie.has_value());
  CHECK(std::holds_alternative<ki::GeautomatiseerdeActor>(*a.actorIdentificatie));
  CHECK(a.unknown.empty());

  const auto p = decode_file<ki::Partij>("requests", "Partij.contactpersoon.json");
  REQUIRE(p.partijIdentificatie.has_value());
  REQUIRE(std::holds_alternative<ki::Contactpersoon>(*p.partijIdentificatie));
  const auto& cp = std::get<ki::Contactpersoon>(*p.partijIdentificatie);
  CHECK(cp.contactnaam.is_null());              // §1.9 item 19
  CHECK(cp.werkteVoorPartij->url.is_absent());  // references by uuid only (§1.9 item 16)

  const auto po = decode_ok<ki::Partij>(
      R"({"partijIdentificatie": {"naam": "Gemeente Utrecht"}, "indicatieActief": true,
          "soortPartij": "organisatie"})");
  REQUIRE(std::holds_alternative<ki::Organisatie>(*po.partijIdentificatie));
}

TEST_CASE(
    "codec: InterneTaak carries toegewezenAanActor and toegewezenAanActoren "
    "(model.md §6, §1.9 item 7)") {
  const auto t = decode_file<ki::InterneTaak>("responses", "InterneTaak.json");
  CHECK(*t.status == ki::Status::verwerkt);
  REQUIRE(t.toegewezenAanActor.has_value());
  REQUIRE(t.toegewezenAanActoren->size() == 2);
  CHECK(*t.toegewezenAanActor->uuid == *t.toegewezenAanActoren->front().uuid);
  const auto& op = *t.toegewezenOp;
  CHECK(op.datum == ki::Date{2024, 3, 1});
  CHECK(op.uur == 10);
  CHECK(op.minuut == 5);
  CHECK(op.seconde == 12);
  CHECK(op.microseconde == 654321);
  CHECK(op.zone == ki::DateTime::Zone::utc);
  CHECK(t.afgehandeldOp->microseconde == 1);

  SUBCASE("a task without actors: toegewezenAanActor is {\"uuid\": null}") {
    const auto z = decode_file<ki::InterneTaak>("responses", "InterneTaak.zonder_actor.json");
    REQUIRE(z.toegewezenAanActor.has_value());
    CHECK(z.toegewezenAanActor->uuid.is_null());
    CHECK(z.toegewezenAanActor->url.is_absent());
    CHECK(z.toegewezenAanActoren->empty());
    CHECK(z.afgehandeldOp.is_null());
    CHECK(z.referentienummer.is_null());
    // the variant with a url: null as well keeps its shape
    const char* body = R"({"uuid":null,"url":null})";
    const auto r = decode_ok<ki::Ref<ki::Actor>>(body);
    CHECK(r.url.is_null());
    CHECK(kj::encode_string(r) == body);
  }
}

TEST_CASE("codec: Klantcontact values, metadata order and full actors (model.md §3.1)") {
  const auto k = decode_file<ki::Klantcontact>("responses", "Klantcontact.json");
  CHECK(k.plaatsgevondenOp->microseconde == 123456);
  CHECK(k.indicatieContactGelukt.value_or(false) == true);
  CHECK(k.verdereActieOndernomen.value_or(true) == false);
  REQUIRE(k.metadata->size() == 2);
  CHECK(k.metadata->at(0).first == "zaaknummer");
  CHECK(k.metadata->at(1).first == "gespreksId");
  REQUIRE(k.hadBetrokkenActoren->size() == 1);
  CHECK(std::holds_alternative<ki::Medewerker>(*k.hadBetrokkenActoren->front().actorIdentificatie));
  CHECK(k.expand.is_absent());
}

TEST_CASE(
    "codec: an older API version's body stays without the later properties "
    "(model.md §1.9 item 10)") {
  const auto k = decode_file<ki::Klantcontact>("responses", "Klantcontact.api_0_1_2.json");
  CHECK(k.referentienummer.is_absent());
  CHECK(k.reactie.is_absent());
  CHECK(k.hoofdOnderwerpType.is_absent());
  CHECK(k.verdereActieOndernomen.is_absent());
  CHECK(k.metadata.is_absent());
  CHECK(k.nummer.value_or("") == "0000000001");
  const auto json = kj::encode(k).as_object();
  CHECK(json.if_contains("referentienummer") == nullptr);
  CHECK(json.if_contains("metadata") == nullptr);

  const auto d = decode_file<ki::DigitaalAdres>("responses", "DigitaalAdres.api_0_4_0.json");
  CHECK(d.referentie.is_absent());
  CHECK(d.verificatieDatum.is_absent());

  const auto t = decode_file<ki::InterneTaak>("responses", "InterneTaak.api_0_6_0.json");
  CHECK(t.referentienummer.is_absent());

  const auto b = decode_file<ki::Betrokkene>("responses", "Betrokkene.api_0_1_2.json");
  CHECK(b.bezoekadres->huisnummer.is_null());
  CHECK(b.contactnaam->voornaam.value_or("x").empty());
  CHECK(b.volledigeNaam.value_or("x").empty());
}

TEST_CASE("codec: null and absent stay apart in requests (model.md §1.9 item 14, Field<T>)") {
  const auto b = decode_file<ki::Betrokkene>("requests", "Betrokkene.json");
  CHECK(b.correspondentieadres.is_null());
  CHECK(b.volledigeNaam.is_absent());
  CHECK(b.uuid.is_absent());
  CHECK(b.hadKlantcontact->url.is_absent());

  const auto p = decode_file<ki::Partij>("requests", "Partij.persoon.json");
  CHECK(p.digitaleAdressen.is_null());
  CHECK(p.voorkeursDigitaalAdres.is_null());
  CHECK(p.nummer.is_absent());
  CHECK(p.betrokkenen.is_absent());
  const auto json = kj::encode(p).as_object();
  CHECK(json.at("digitaleAdressen").is_null());
  CHECK(json.if_contains("nummer") == nullptr);

  const auto m = decode_file<ki::MaakKlantcontact>("requests", "MaakKlantcontact.json");
  CHECK(m.betrokkene->hadKlantcontact.is_absent());
  CHECK(m.onderwerpobject->klantcontact.is_absent());
  CHECK(m.onderwerpobject->wasKlantcontact.is_null());

  const auto mr =
      decode_file<ki::MaakKlantcontact>("responses", "MaakKlantcontact.alleen_klantcontact.json");
  CHECK(mr.betrokkene.is_null());  // §1.9 item 5
  CHECK(mr.onderwerpobject.is_null());
}

TEST_CASE(
    "codec: _expand is kept, empty or filled, nested expansions as unknown members "
    "(model.md §1.9 item 9)") {
  const auto page =
      decode_file<ki::Pagina<ki::Partij>>("responses", "PaginatedExpandPartijList.json");
  REQUIRE(page.results->size() == 4);
  for (const auto& p : *page.results) {
    REQUIRE(p.expand.has_value());
    CHECK(p.expand->digitaleAdressen.is_absent());
    CHECK(p.expand->betrokkenen.is_absent());
    CHECK(p.expand->unknown.empty());
  }
  CHECK(page.next.is_null());

  const auto p = decode_file<ki::Partij>("responses", "ExpandPartij.json");
  REQUIRE(p.expand.has_value());
  CHECK(p.expand->digitaleAdressen->size() == 2);
  CHECK(p.expand->categorieRelaties->empty());
  REQUIRE(p.expand->betrokkenen->size() == 1);
  const auto& b = p.expand->betrokkenen->front();
  REQUIRE(b.expand.has_value());
  // betrokkenen.hadKlantcontact is not part of BetrokkeneExpand: kept as is
  CHECK(b.expand->unknown.contains("hadKlantcontact"));

  const auto d = decode_file<ki::DigitaalAdres>("responses", "ExpandDigitaalAdres.json");
  REQUIRE(d.expand->verstrektDoorBetrokkene.has_value());
  CHECK((*d.expand->verstrektDoorBetrokkene)->volledigeNaam.value_or("") == "Anna de Jong");

  const auto k = decode_file<ki::Klantcontact>("responses", "ExpandKlantcontact.json");
  CHECK(k.expand->hadBetrokkenen->size() == 1);
  CHECK(k.expand->leiddeTotInterneTaken->size() == 1);
  CHECK(k.expand->gingOverOnderwerpobjecten->size() == 1);
  CHECK(k.expand->omvatteBijlagen->size() == 1);

  // `_expand` is never key-converted (§1.1): `expand` is an unknown member
  const auto e = decode_ok<ki::Categorie>(R"({"naam": "Ondernemer", "expand": {}})");
  CHECK(e.unknown.contains("expand"));
}

TEST_CASE("codec: encode_string writes the bytes boost::json::serialize writes of encode") {
  ki::Klantcontact k;
  k.onderwerp = std::string("\"aan\"\\ \b\f\n\r\t\x01\x1f\x7f / é € \xF0\x9F\x98\x80");
  k.inhoud = std::string();
  k.kanaal = ki::Field<std::string>::null();
  k.plaatsgevondenOp = ki::DateTime{ki::Date{987, 3, 1}, 4, 5, 6, 120, 4, ki::DateTime::Zone::offset, -150};
  k.metadata = ki::Metadata{{"b", "1"}, {"a", "2"}, {"b", "3"}};  // a repeated key: first place, last value
  k.unknown["x-bron"] = boost::json::parse(R"({"a":[1,-2.5e300,null,true,"\u0000"]})");
  k.unknown["onderwerp"] = "a described field already written keeps its own value";
  const std::string dom = boost::json::serialize(kj::encode(k));
  CHECK(dom.find(R"(\u0001\u001f)") != std::string::npos);  // the DOM's escapes are what is matched
  CHECK(kj::encode_string(k) == dom);
  CHECK(kj::encode_string(ki::Klantcontact{}) == "{}");
  CHECK(kj::encode_string(ki::Metadata{}) == "{}");
}

TEST_CASE("codec: encode_string escapes a byte wherever it falls in the 8-byte runs it skips") {
  // Every escaped byte and some that are not (DEL, UTF-8, the neighbours of
  // '"' and '\\'), at every offset of texts of 0 to 40 bytes, and a text far
  // longer than the writer's first buffer.
  const std::string bytes = std::string("\"\\\b\f\n\r\t\x01\x1f", 9) + std::string(1, '\0') +
                            "\x7f\xc3\xa9!#[]" + std::string(1, '\x20');
  ki::Klantcontact k;
  for (std::size_t lengte = 0; lengte <= 40; ++lengte)
    for (std::size_t plek = 0; plek <= lengte; ++plek)
      for (const char b : bytes) {
        std::string tekst(lengte, 'x');
        if (plek < lengte) tekst[plek] = b;
        k.onderwerp = tekst;
        CAPTURE(lengte);
        CAPTURE(plek);
        CAPTURE(static_cast<int>(static_cast<unsigned char>(b)));
        REQUIRE(kj::encode_string(k) == boost::json::serialize(kj::encode(k)));
      }
  k.onderwerp = std::string(5000, 'a') + "\n" + std::string(3000, '\x02');
  k.inhoud = std::string(20000, 'b');
  CHECK(kj::encode_string(k) == boost::json::serialize(kj::encode(k)));
}

// veld_index against the plain definition: the field whose JSON name is the
// key, else the parsed-key look-up (§0.3); for every field name and every
// name changed in one byte, made one longer or one shorter.
template <class S>
void veld_index_als_definitie() {
  const auto& namen = ki::json::detail::veld_namen<S>();
  const auto verwacht = [&](std::string_view key) {
    for (std::size_t i = 0; i < namen.size(); ++i)
      if (namen[i].json == key) return static_cast<int>(i);
    return ki::json::detail::veld_index_geparst<S>(key);
  };
  for (std::size_t i = 0; i < namen.size(); ++i) {
    const std::string naam(namen[i].json);
    CHECK(ki::json::detail::veld_index<S>(naam) == static_cast<int>(i));
    std::vector<std::string> varianten = {naam + "x", naam.substr(0, naam.size() - 1), ""};
    for (std::size_t plek = 0; plek < naam.size(); ++plek)
      for (const char c : {'x', 'A', '_', '\0', '\xC3'}) {
        std::string v = naam;
        v[plek] = c;
        varianten.push_back(v);
      }
    for (const auto& v : varianten) {
      CAPTURE(v);
      CHECK(ki::json::detail::veld_index<S>(v) == verwacht(v));
    }
  }
}

TEST_CASE("codec: a key finds its field by exact name, else by its parsed name (§0.3)") {
  veld_index_als_definitie<ki::Klantcontact>();
  veld_index_als_definitie<ki::Betrokkene>();
  veld_index_als_definitie<ki::Adres>();
  veld_index_als_definitie<ki::Partij>();
  veld_index_als_definitie<ki::DigitaalAdres>();
  veld_index_als_definitie<ki::MaakKlantcontact>();
  veld_index_als_definitie<ki::InterneTaak>();
}

TEST_CASE("codec: unknown properties are kept and re-encoded (model.md §1.1)") {
  const char* body = R"({
    "hadKlantcontact": {"uuid": "3f1c2a9e-5b7d-4c1e-9a2f-7d8e6b5c4a31", "versie": 2},
    "partij": {"uuid": "8d9eafb0-c1d2-4e3f-a04b-5c6d7e8f9a01"},
    "bezoekadres": {"straatnaam": "Amstel", "huisnummer": 1, "gemeente": "Amsterdam"},
    "rol": "klant", "initiator": true, "x-bron": "kcc"})";
  const auto b = decode_ok<ki::Betrokkene>(body);
  CHECK(b.unknown.contains("partij"));  // MaakKlantcontact/betrokkene: `partij` is ignored (§3.6)
  CHECK(b.unknown.contains("x-bron"));
  CHECK(b.bezoekadres->unknown.contains("gemeente"));
  CHECK(b.hadKlantcontact->unknown.contains("versie"));
  CHECK(b.wasPartij.is_absent());
  CHECK(kj::encode(b) == boost::json::parse(body));
}

TEST_CASE(
    "codec: snake_case keys are accepted, camelCase is emitted (model.md §1.1, "
    "validation.md §0.3)") {
  const auto p = decode_ok<ki::Partij>(R"({
    "soort_partij": "persoon", "indicatie_actief": true, "voorkeurs_digitaal_adres": null,
    "partij_identificatie": {"contactnaam": {"voorvoegsel_achternaam": "de", "achternaam": "Vries"}},
    "partij_identificatoren": [{"partij_identificator": {"code_objecttype": "natuurlijk_persoon",
      "code_soort_object_id": "bsn", "object_id": "111222333", "code_register": "brp"},
      "sub_identificator_van": null}]})");
  CHECK(*p.soortPartij == ki::SoortPartij::persoon);
  CHECK(*p.indicatieActief);
  CHECK(p.voorkeursDigitaalAdres.is_null());
  REQUIRE(std::holds_alternative<ki::Persoon>(*p.partijIdentificatie));
  CHECK(std::get<ki::Persoon>(*p.partijIdentificatie)
            .contactnaam->voorvoegselAchternaam.value_or("") == "de");
  CHECK(p.partijIdentificatoren->front().partijIdentificator->objectId.value_or("") == "111222333");
  CHECK(p.partijIdentificatoren->front().subIdentificatorVan.is_null());
  CHECK(p.unknown.empty());
  const auto json = kj::encode(p).as_object();
  CHECK(json.contains("soortPartij"));
  CHECK(!json.contains("soort_partij"));
  CHECK(json.at("partijIdentificatie")
            .as_object()
            .at("contactnaam")
            .as_object()
            .contains("voorvoegselAchternaam"));

  // adresregel1 is `adresregel_1` internally; both spellings reach it
  const auto a = decode_ok<ki::Adres>(R"({"adresregel_1": "Rue de la Loi 16"})");
  CHECK(a.adresregel1.value_or("") == "Rue de la Loi 16");

  // a leading capital parses to `_soort_partij`: not recognised, kept as unknown
  const auto q = decode_ok<ki::Partij>(R"({"SoortPartij": "persoon"})");
  CHECK(q.soortPartij.is_absent());
  CHECK(q.unknown.contains("SoortPartij"));
}

TEST_CASE(
    "codec: lenient scalar input is normalised on output (KI-GEN-007, -008, -009, -013, "
    "model.md §1.6)") {
  const auto k = decode_ok<ki::Klantcontact>(R"({
    "kanaal": "telefoon", "onderwerp": 123, "taal": "nld", "vertrouwelijk": "true",
    "indicatieContactGelukt": "null", "plaatsgevondenOp": "2011-05-20T08:41:07.120934"})");
  CHECK(k.onderwerp.value_or("") == "123");
  CHECK(k.vertrouwelijk.value_or(false) == true);
  CHECK(k.indicatieContactGelukt.is_null());
  CHECK(k.plaatsgevondenOp->zone == ki::DateTime::Zone::naive);  // §1.9 item 15
  const auto json = kj::encode(k).as_object();
  CHECK(json.at("vertrouwelijk").as_bool());
  CHECK(json.at("onderwerp").as_string() == "123");
  // The library always emits an explicit zone (§1.6): a naive moment gets `Z`.
  CHECK(json.at("plaatsgevondenOp").as_string() == "2011-05-20T08:41:07.120934Z");

  const auto b = decode_ok<ki::Betrokkene>(R"({
    "hadKlantcontact": {"uuid": "urn:uuid:{3F1C2A9E5B7D4C1E9A2F7D8E6B5C4A31}"},
    "bezoekadres": {"huisnummer": "42"}, "rol": "klant", "initiator": 1})");
  CHECK(kj::format_uuid(*b.hadKlantcontact->uuid) == "3f1c2a9e-5b7d-4c1e-9a2f-7d8e6b5c4a31");
  CHECK(b.bezoekadres->huisnummer.value_or(0) == 42);
  CHECK(kj::encode(b).as_object().at("hadKlantcontact").as_object().at("uuid").as_string() ==
        "3f1c2a9e-5b7d-4c1e-9a2f-7d8e6b5c4a31");

  // date-times in other forms keep their wire form (§1.6)
  for (const char* text : {"2024-03-01T11:00:00+01:00", "2019-08-24T14:15:22Z",
                           "2025-06-02T12:05:09.500000Z", "2024-03-01T10:00:00.123456Z"}) {
    CAPTURE(text);
    boost::json::object body{{"status", "verwerkt"}, {"afgehandeldOp", text}};
    const auto t = kj::decode<ki::InterneTaak>(boost::json::value(body));
    CHECK(t.ok());
    CHECK(kj::encode(t.value) == boost::json::value(body));
  }
}

// ---------------------------------------------------------------------------
// Decode errors (validation.md §0.1, KI-GEN-*)
// ---------------------------------------------------------------------------

TEST_CASE("codec errors: wrong type (KI-GEN-007, KI-GEN-008, KI-GEN-015, KI-GEN-016)") {
  SUBCASE("boolean field with a non-boolean text") {
    const auto e = single_error<ki::Klantcontact>(R"({"vertrouwelijk": "nee"})");
    CHECK(e.name == "vertrouwelijk");
    CHECK(e.code == "invalid");
    CHECK(e.reason == "Must be a valid boolean.");
  }
  SUBCASE("string field with a boolean") {
    const auto e = single_error<ki::Klantcontact>(R"({"onderwerp": true})");
    CHECK(e.name == "onderwerp");
    CHECK(e.code == "invalid");
    CHECK(e.reason == "Not a valid string.");
  }
  SUBCASE("reference sent as a string (validation.md §0.2 example 2)") {
    const auto e = single_error<ki::Betrokkene>(R"({"wasPartij": "incorrect"})");
    CHECK(e.name == "wasPartij.nonFieldErrors");
    CHECK(e.code == "invalid");
    CHECK(e.reason == "Ongeldige data. Verwacht een dictionary, kreeg een str.");
  }
  SUBCASE("the same inside MaakKlantcontact is prefixed with the part (§0.1 C.14)") {
    const auto e = single_error<ki::MaakKlantcontact>(
        R"({"klantcontact": {"kanaal": "telefoon"}, "betrokkene": {"wasPartij": "incorrect"}})");
    CHECK(e.name == "betrokkene.wasPartij.nonFieldErrors");
    CHECK(e.code == "invalid");
  }
  SUBCASE("list of references that is not an array") {
    const auto e = single_error<ki::Partij>(R"({"digitaleAdressen": "a.dejong@example.nl"})");
    CHECK(e.name == "digitaleAdressen.nonFieldErrors");
    CHECK(e.code == "not_a_list");
    CHECK(e.reason == "Verwachtte een lijst met items, maar kreeg type \"str\".");
    const auto t = single_error<ki::InterneTaak>(R"({"toegewezenAanActoren": {"uuid": "x"}})");
    CHECK(t.name == "toegewezenAanActoren.nonFieldErrors");
    CHECK(t.code == "not_a_list");
  }
  SUBCASE("list item that is not an object") {
    const auto e = single_error<ki::Partij>(R"({"rekeningnummers": [{"uuid":
        "05162738-495a-46b7-a8c3-d3e4f5061728"}, "NL91ABNA0417164300"]})");
    CHECK(e.name == "rekeningnummers.1.nonFieldErrors");
    CHECK(e.code == "invalid");
  }
  SUBCASE("group that is not an object") {
    const auto e = single_error<ki::Partij>(R"({"bezoekadres": ["Amstel 1"]})");
    CHECK(e.name == "bezoekadres.nonFieldErrors");
    CHECK(e.reason == "Ongeldige data. Verwacht een dictionary, kreeg een list.");
  }
  SUBCASE("polymorphic detail that is not an object") {
    const auto e =
        single_error<ki::Actor>(R"({"soortActor": "medewerker", "actorIdentificatie": "KCC"})");
    CHECK(e.name == "actorIdentificatie.nonFieldErrors");
    CHECK(e.code == "invalid");
  }
  SUBCASE("integer field with text that is no number (KI-GEN-009)") {
    const auto e = single_error<ki::Betrokkene>(R"({"bezoekadres": {"huisnummer": "12b"}})");
    CHECK(e.name == "bezoekadres.huisnummer");
    CHECK(e.code == "invalid");
    CHECK(e.reason == "Een geldig getal is vereist.");
  }
  SUBCASE("metadata that is not an object, and a null metadata value (KI-MD-001, KI-MD-002)") {
    const auto e = single_error<ki::Klantcontact>(R"({"metadata": ["zaak"]})");
    CHECK(e.name == "metadata");
    CHECK(e.code == "not_a_dict");
    const auto v = single_error<ki::Klantcontact>(R"({"metadata": {"Betreft": null}})");
    CHECK(v.name == "metadata._betreft");  // §0.1 C.13
    CHECK(v.code == "null");
  }
}

TEST_CASE("codec errors: address line names are adresregel_N (validation.md §0.1 C.12)") {
  const auto e = single_error<ki::Betrokkene>(R"({"bezoekadres": {"adresregel1": true}})");
  CHECK(e.name == "bezoekadres.adresregel_1");
  CHECK(e.code == "invalid");
  const auto f = single_error<ki::Partij>(R"({"correspondentieadres": {"adresregel3": []}})");
  CHECK(f.name == "correspondentieadres.adresregel_3");
}

TEST_CASE("codec errors: wrong enum value (KI-GEN-006)") {
  const auto e = single_error<ki::Partij>(R"({"soortPartij": "Persoon", "indicatieActief": true})");
  CHECK(e.name == "soortPartij");
  CHECK(e.code == "invalid_choice");
  CHECK(e.reason == "\"Persoon\" is een ongeldige keuze.");

  const auto r = single_error<ki::Betrokkene>(R"({"rol": " klant"})");  // not trimmed (§1.5)
  CHECK(r.name == "rol");
  CHECK(r.code == "invalid_choice");

  const auto s = single_error<ki::InterneTaak>(R"({"status": true})");
  CHECK(s.code == "invalid_choice");
  CHECK(s.reason == "\"True\" is een ongeldige keuze.");
}

TEST_CASE("codec errors: nested list items are named with their index (validation.md §0.1 C.3)") {
  const auto e = single_error<ki::Partij>(R"({"soortPartij": "persoon", "indicatieActief": true,
      "partijIdentificatoren": [{"partijIdentificator": {"codeObjecttype": "natuurlijk_persoon",
        "codeSoortObjectId": "bsn", "objectId": "999993653", "codeRegister": "BRP"}}]})");
  CHECK(e.name == "partijIdentificatoren.0.partijIdentificator.codeRegister");
  CHECK(e.code == "invalid_choice");

  auto d = kj::decode<ki::Partij>(std::string_view(R"({"partijIdentificatoren": [
      {"partijIdentificator": {"codeObjecttype": "natuurlijk_persoon"}},
      {"partijIdentificator": {"codeSoortObjectId": "BSN"}, "subIdentificatorVan": {"uuid": "nee"}}],
      "toegewezenAanActoren": 3})"));
  INFO(dump(d.errors));
  REQUIRE(d.errors.size() == 2);
  CHECK(d.errors[0].name == "partijIdentificatoren.1.partijIdentificator.codeSoortObjectId");
  CHECK(d.errors[1].name == "partijIdentificatoren.1.subIdentificatorVan.uuid");
  CHECK(d.value.unknown.contains("toegewezenAanActoren"));  // not a Partij property

  const auto t = single_error<ki::InterneTaak>(
      R"({"toegewezenAanActoren": [{"uuid": "1e2d3c4b-5a69-4788-97a6-b5c4d3e2f1a0"},
          {"uuid": "1e2d3c4b"}]})");
  CHECK(t.name == "toegewezenAanActoren.1.uuid");
}

TEST_CASE("codec errors: bad UUID (KI-GEN-013)") {
  const auto e = single_error<ki::Betrokkene>(R"({"hadKlantcontact": {"uuid": "not-a-uuid"}})");
  CHECK(e.name == "hadKlantcontact.uuid");
  CHECK(e.code == "invalid");
  CHECK(e.reason == "Must be a valid UUID.");
  CHECK(single_error<ki::Betrokkene>(
            R"({"hadKlantcontact": {"uuid": "3f1c2a9e-5b7d-4c1e-9a2f-7d8e6b5c4a3X"}})")
            .name == "hadKlantcontact.uuid");
  CHECK(single_error<ki::Betrokkene>(R"({"hadKlantcontact": {"uuid": 1.5}})").code == "invalid");
  CHECK(single_error<ki::Partij>(
            R"({"soortPartij": "contactpersoon", "indicatieActief": true,
                "partijIdentificatie": {"werkteVoorPartij": {"uuid": ["x"]}}})")
            .name == "partijIdentificatie.werkteVoorPartij.uuid");
}

TEST_CASE("codec errors: bad date and date-time (KI-GEN-011, KI-GEN-012)") {
  for (const char* text :
       {"01-03-2023 10:00", "vandaag", "2025-13-01T10:00:00Z", "2024-02-30T10:00:00Z"}) {
    CAPTURE(text);
    boost::json::object body{{"plaatsgevondenOp", text}};
    const auto d = kj::decode<ki::Klantcontact>(boost::json::value(body));
    REQUIRE(d.errors.size() == 1);
    CHECK(d.errors[0].name == "plaatsgevondenOp");
    CHECK(d.errors[0].code == "invalid");
    CHECK(d.errors[0].reason ==
          "Datetime heeft een ongeldig formaat, gebruik 1 van de volgende formaten: "
          "YYYY-MM-DDThh:mm[:ss[.uuuuuu]][+HH:MM|-HH:MM|Z].");
  }
  const auto e = single_error<ki::InterneTaak>(R"({"afgehandeldOp": 20240301})");
  CHECK(e.name == "afgehandeldOp");
  CHECK(e.code == "invalid");

  const auto d = single_error<ki::DigitaalAdres>(R"({"verificatieDatum": "2025-02-29"})");
  CHECK(d.name == "verificatieDatum");
  CHECK(d.code == "invalid");
  CHECK(d.reason == "Date heeft het verkeerde formaat, gebruik 1 van deze formaten: YYYY-MM-DD.");
}

TEST_CASE("codec errors: malformed JSON and a body that is not an object (KI-GEN-024)") {
  SUBCASE("malformed JSON") {
    const auto e = single_error<ki::Klantcontact>(R"({"kanaal": "telefoon", )");
    CHECK(e.name == "nonFieldErrors");
    CHECK(e.code == "parse_error");
    CHECK(e.reason.rfind("JSON parse error - ", 0) == 0);
    CHECK(single_error<ki::Partij>("").code == "parse_error");
    CHECK(single_error<ki::Partij>("{\"naam\": \"\xff\"}").code == "parse_error");  // bad UTF-8
  }
  SUBCASE("an array") {
    const auto e = single_error<ki::Partij>(R"([{"soortPartij": "persoon"}])");
    CHECK(e.name == "nonFieldErrors");
    CHECK(e.code == "invalid");
    CHECK(e.reason == "Ongeldige data. Verwacht een dictionary, kreeg een list.");
  }
  SUBCASE("a string, a number") {
    CHECK(single_error<ki::Actor>(R"("medewerker")").reason ==
          "Ongeldige data. Verwacht een dictionary, kreeg een str.");
    CHECK(single_error<ki::Actor>("42").reason ==
          "Ongeldige data. Verwacht een dictionary, kreeg een int.");
  }
  SUBCASE("null") {
    const auto e = single_error<ki::Actor>("null");
    CHECK(e.name == "nonFieldErrors");
    CHECK(e.code == "null");
    CHECK(e.reason == "No data provided");
  }
}

TEST_CASE("codec errors: decode never throws, whatever the input") {
  const char* inputs[] = {
      "",
      "{",
      "}",
      "[]",
      "null",
      "true",
      "1e999",
      "\"\"",
      "{\"a\":}",
      R"({"huisnummer": 1e400})",
      R"({"bezoekadres": {"huisnummer": 18446744073709551615}})",
      R"({"bezoekadres": {"huisnummer": -9223372036854775809}})",
      R"({"bezoekadres": {"huisnummer": "9999999999999999999999"}})",
      R"({"bezoekadres": {"huisnummer": "1_000"}})",
      R"({"bezoekadres": {"huisnummer": "_"}})",
      R"({"hadKlantcontact": {"uuid": 340282366920938463463374607431768211456}})",
      R"({"hadKlantcontact": {"uuid": -1}})",
      R"({"hadKlantcontact": {"uuid": "urn:uuid:"}})",
      R"({"soortPartij": "persoon", "partijIdentificatie": null})",
      R"({"soortPartij": "persoon", "partijIdentificatie": {"contactnaam": 7}})",
      R"({"soortPartij": 3, "partijIdentificatie": {"naam": "x"}})",
      R"({"partijIdentificatoren": [null, 1, [], {"partijIdentificator": null}]})",
      R"({"metadata": {"": "", "A": 1.5, "B": [], "C": {}}})",
      R"({"plaatsgevondenOp": "2024-03-01T10:00:00.1234567890123Z"})",
      R"({"plaatsgevondenOp": "9999-12-31T23:59:59.999999-23:59"})",
      R"({"verificatieDatum": "0000-00-00"})",
      R"({"_expand": {"digitaleAdressen": 5}})",
      R"({"_expand": {"hadBetrokkenen": [{"_expand": {"digitaleAdressen": [{"_expand": null}]}}]}})",
  };
  for (const char* in : inputs) {
    CAPTURE(in);
    CHECK_NOTHROW((void)kj::decode<ki::Partij>(std::string_view(in)));
    CHECK_NOTHROW((void)kj::decode<ki::Betrokkene>(std::string_view(in)));
    CHECK_NOTHROW((void)kj::decode<ki::Klantcontact>(std::string_view(in)));
    CHECK_NOTHROW((void)kj::decode<ki::DigitaalAdres>(std::string_view(in)));
    CHECK_NOTHROW((void)kj::decode<ki::MaakKlantcontact>(std::string_view(in)));
  }
  // deeply nested input is a parse error, not a crash
  std::string deep(100000, '[');
  CHECK_NOTHROW((void)kj::decode<ki::Partij>(std::string_view(deep)));
  CHECK(kj::decode<ki::Partij>(std::string_view(deep)).errors.at(0).code == "parse_error");
}

// ---------------------------------------------------------------------------
// The component table against the OpenAPI document
// ---------------------------------------------------------------------------

TEST_CASE("components: every table entry is a schema of the OpenAPI document") {
  const auto names = openapi_schema_names();
  REQUIRE(names.size() >= 100);  // 107 schemas in Open Klant 2.18.0 (reference/README.md)
  const std::set<std::string> schemas(names.begin(), names.end());
  for (const auto& comp : kj::components()) {
    CAPTURE(comp.naam);
    CHECK(schemas.count(std::string(comp.naam)) == 1);
    CHECK(kj::find_component(comp.naam) == &comp);
    CHECK(kj::find_component_exact(comp.naam) == &comp);
    // One byte changed, one more or one less: no exact match.
    std::string naam(comp.naam);
    naam.back() ^= 0x20;
    CHECK(kj::find_component_exact(naam) == nullptr);
    CHECK(kj::find_component_exact(std::string(comp.naam) + "s") == nullptr);
    CHECK(kj::find_component_exact(comp.naam.substr(0, comp.naam.size() - 1)) == nullptr);
  }
  CHECK(kj::find_component("paginatedexpandpartijlist") != nullptr);  // case-insensitive
  CHECK(kj::find_component_exact("paginatedexpandpartijlist") == nullptr);
  CHECK(kj::find_component("Bestaatniet") == nullptr);
}

TEST_CASE(
    "components: every schema of the OpenAPI document is in the table, except enums and "
    "the one-property wrappers of the polymorphic details") {
  std::set<std::string> table;
  for (const auto& comp : kj::components()) table.insert(std::string(comp.naam));
  std::vector<std::string> missing;
  for (const auto& name : openapi_schema_names()) {
    if (ends_with(name, "Enum")) continue;  // enum values live in EnumNames<>
    // `actor_identificatie_Medewerker` = {actorIdentificatie: Medewerker}: only
    // used inside allOf of the *_ActorSerializer / *_PartijSerializer variants.
    if (starts_with(name, "actor_identificatie_") || starts_with(name, "partij_identificatie_"))
      continue;
    if (table.count(name) == 0) missing.push_back(name);
  }
  std::string list;
  for (const auto& m : missing) list += " " + m;
  CHECK_MESSAGE(missing.empty(), "schemas without a table entry:" << list);
}

TEST_CASE("components: the use of each component follows its name") {
  for (const auto& comp : kj::components()) {
    CAPTURE(comp.naam);
    if (starts_with(comp.naam, "Patched")) CHECK(comp.gebruik == kj::Gebruik::patch);
    if (starts_with(comp.naam, "Paginated") || starts_with(comp.naam, "Expand"))
      CHECK(comp.gebruik == kj::Gebruik::response);
  }
}
