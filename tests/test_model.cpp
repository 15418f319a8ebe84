// The model (model/*.hpp): Field<T> states, Box, enum names, and every
// Describe<> table against Open Klant's OpenAPI document — property names in
// the API's output order (model.md §1.9 item 13) and enum values.

#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

#include "klantinteracties/model.hpp"

namespace fs = std::filesystem;

namespace {

const fs::path kOpenApi =
    fs::path(KI_SHARED_DIR) / "reference" / "openklant-klantinteracties-openapi.yaml";
const fs::path kModelMd = fs::path(KI_SHARED_DIR) / "spec" / "model.md";

std::string read_text(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  REQUIRE_MESSAGE(in.good(), "cannot open " << p.string());
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

// One schema of `components: schemas:` as text lines (up to the next schema).
std::vector<std::string> schema_lines(std::string_view name) {
  static const std::string text = read_text(kOpenApi);
  std::istringstream in(text);
  std::vector<std::string> lines;
  std::string line;
  bool in_schemas = false, inside = false;
  const std::string header = "    " + std::string(name) + ":";
  while (std::getline(in, line)) {
    if (line == "  schemas:") in_schemas = true;
    if (!in_schemas) continue;
    if (inside) {
      const bool next_schema = line.size() > 4 && line.compare(0, 4, "    ") == 0 && line[4] != ' ';
      if (next_schema || (line.size() > 2 && line[2] != ' ')) break;
      lines.push_back(line);
    } else if (line == header) {
      inside = true;
    }
  }
  return lines;
}

// The property names of an object schema, in document order.
std::vector<std::string> oas_properties(std::string_view schema) {
  std::vector<std::string> names;
  bool in_properties = false;
  for (const auto& line : schema_lines(schema)) {
    if (line == "      properties:") {
      in_properties = true;
      continue;
    }
    if (!in_properties) continue;
    if (line.size() > 6 && line.compare(0, 6, "      ") == 0 && line[6] != ' ') break;
    if (line.size() > 9 && line.compare(0, 8, "        ") == 0 && line[8] != ' ' &&
        line.back() == ':')
      names.push_back(line.substr(8, line.size() - 9));
  }
  return names;
}

// The values of an enum schema.
std::vector<std::string> oas_enum(std::string_view schema) {
  std::vector<std::string> values;
  for (const auto& line : schema_lines(schema))
    if (line.compare(0, 8, "      - ") == 0) values.push_back(line.substr(8));
  return values;
}

template <class S>
std::vector<std::string> described(bool with_expand = false) {
  std::vector<std::string> names;
  ki::for_each_veld<S>([&](const auto& v) {
    if (with_expand || v.json != "_expand") names.emplace_back(v.json);
  });
  return names;
}

template <class E>
std::vector<std::string> enum_names() {
  return {ki::EnumNames<E>::waarden.begin(), ki::EnumNames<E>::waarden.end()};
}

// model.md's "Output order ...: `a, b, c`." line after `marker`.
std::vector<std::string> model_md_order(std::string_view marker) {
  const std::string text = read_text(kModelMd);
  auto at = text.find(marker);
  REQUIRE(at != std::string::npos);
  at = text.find('`', at);
  const auto end = text.find('`', at + 1);
  std::vector<std::string> names;
  std::istringstream list(text.substr(at + 1, end - at - 1));
  std::string name;
  while (std::getline(list, name, ',')) names.push_back(name.substr(name.find_first_not_of(' ')));
  return names;
}

}  // namespace

TEST_CASE("model: Field<T> has three states: absent, null, value (design.md)") {
  ki::Field<std::string> f;
  CHECK(f.is_absent());
  CHECK(!f.present());
  CHECK(f.value_or("x") == "x");
  f = "Jong";
  CHECK(f.has_value());
  CHECK(f.present());
  CHECK(*f == "Jong");
  CHECK(f->size() == 4);
  f.set_null();
  CHECK(f.is_null());
  CHECK(f.present());
  CHECK(!f.has_value());
  CHECK(f.get() == nullptr);
  CHECK(f.value_or("x") == "x");
  f.reset();
  CHECK(f.is_absent());

  CHECK(ki::Field<int>() != ki::Field<int>::null());
  CHECK(ki::Field<int>(1) != ki::Field<int>(2));
  CHECK(ki::Field<int>(1) == ki::Field<int>(1));
  CHECK(ki::Field<int>::null() == ki::Field<int>::null());
  ki::Field<ki::Contactnaam> n;
  n.emplace().voornaam = "Anna";
  CHECK(n->voornaam.value_or("") == "Anna");
}

TEST_CASE("model: Box<T> copies deeply") {
  ki::Betrokkene b;
  b.volledigeNaam = "Anna de Jong";
  ki::Box<ki::Betrokkene> a(b);
  ki::Box<ki::Betrokkene> c = a;
  c->volledigeNaam = "Jan van der Berg";
  CHECK(a->volledigeNaam.value_or("") == "Anna de Jong");
  CHECK(!(a == c));
  c = a;
  CHECK(a == c);
}

TEST_CASE("model: enum names are the OpenAPI enum values, in order (model.md §1.1)") {
  CHECK(enum_names<ki::SoortActor>() == oas_enum("SoortActorEnum"));
  CHECK(enum_names<ki::SoortPartij>() == oas_enum("SoortPartijEnum"));
  CHECK(enum_names<ki::Rol>() == oas_enum("RolEnum"));
  CHECK(enum_names<ki::Status>() == oas_enum("StatusEnum"));
  CHECK(enum_names<ki::SoortDigitaalAdres>() == oas_enum("SoortDigitaalAdresEnum"));
  CHECK(enum_names<ki::CodeObjecttype>() == oas_enum("CodeObjecttypeEnum"));
  CHECK(enum_names<ki::CodeSoortObjectId>() == oas_enum("CodeSoortObjectIdEnum"));
  CHECK(enum_names<ki::CodeRegister>() == oas_enum("CodeRegisterEnum"));

  CHECK(ki::to_string(ki::SoortActor::geautomatiseerde_actor) == "geautomatiseerde_actor");
  CHECK(ki::enum_from_string<ki::Status>("te_verwerken") == ki::Status::te_verwerken);
  CHECK(!ki::enum_from_string<ki::Status>("Te_verwerken").has_value());  // exact (KI-GEN-006)
  CHECK(!ki::enum_from_string<ki::Rol>(" klant").has_value());           // untrimmed (§1.5)
}

TEST_CASE(
    "model: every Describe<> lists the OpenAPI properties in the API's output order "
    "(model.md §1.9 item 13)") {
  const auto same = [](std::string_view schema, const std::vector<std::string>& ours) {
    CAPTURE(schema);
    const auto theirs = oas_properties(schema);
    REQUIRE(!theirs.empty());
    CHECK(ours == theirs);
  };
  same("Klantcontact", described<ki::Klantcontact>());
  same("Betrokkene", described<ki::Betrokkene>());
  same("BetrokkeneKlantcontactReadOnly", described<ki::Betrokkene>());
  same("Onderwerpobject", described<ki::Onderwerpobject>());
  same("OnderwerpobjectKlantcontactReadOnly", described<ki::Onderwerpobject>());
  same("Bijlage", described<ki::Bijlage>());
  same("ActorKlantcontact", described<ki::ActorKlantcontact>());
  same("MaakKlantcontact", described<ki::MaakKlantcontact>());
  same("InterneTaak", described<ki::InterneTaak>());
  same("PartijIdentificator", described<ki::PartijIdentificator>());
  same("DigitaalAdres", described<ki::DigitaalAdres>());
  same("Rekeningnummer", described<ki::Rekeningnummer>());
  same("Vertegenwoordigden", described<ki::Vertegenwoordigden>());
  same("Categorie", described<ki::Categorie>());
  same("CategorieRelatie", described<ki::CategorieRelatie>());
  same("CategorieForeignKey", described<ki::CategorieRef>());
  same("CategorieRelatieForeignKey", described<ki::CategorieRelatieRef>());
  same("KlantcontactForeignKey", described<ki::Ref<ki::Klantcontact>>());
  same("Bezoekadres", described<ki::Adres>());
  same("PartijCorrespondentieadres", described<ki::Adres>());
  same("Contactnaam", described<ki::Contactnaam>());
  same("ContactpersoonPersoon", described<ki::Contactnaam>());
  same("Onderwerpobjectidentificator", described<ki::Objectidentificator>());
  same("Actoridentificator", described<ki::Objectidentificator>());
  same("PartijIdentificatorGroepType", described<ki::PartijIdentificatorGroep>());
  same("Medewerker", described<ki::Medewerker>());
  same("GeautomatiseerdeActor", described<ki::GeautomatiseerdeActor>());
  same("OrganisatorischeEenheid", described<ki::OrganisatorischeEenheid>());
  same("Persoon", described<ki::Persoon>());
  same("Organisatie", described<ki::Organisatie>());
  same("Contactpersoon", described<ki::Contactpersoon>());
  same("OnderwerpobjectDeleteResponse", described<ki::OnderwerpobjectDeleteResponse>());
  same("PaginatedActorList", described<ki::Pagina<ki::Actor>>());

  // Polymorphic: the base serializer plus the detail property last.
  auto actor = oas_properties("Base_ActorSerializer");
  actor.emplace_back("actorIdentificatie");
  CHECK(described<ki::Actor>() == actor);
  auto partij = oas_properties("Base_PartijSerializer");
  partij.emplace_back("partijIdentificatie");
  CHECK(described<ki::Partij>() == partij);

  // `_expand` is the last property of the Expand* types.
  CHECK(described<ki::Klantcontact>(true).back() == "_expand");
  CHECK(described<ki::Betrokkene>(true).back() == "_expand");
  CHECK(described<ki::DigitaalAdres>(true).back() == "_expand");
  CHECK(described<ki::Partij>(true).back() == "_expand");
}

TEST_CASE("model: the output orders written down in model.md match the descriptions") {
  CHECK(described<ki::Klantcontact>() == model_md_order("Output order of keys (Open Klant):"));
  CHECK(described<ki::Partij>() == model_md_order("Output order: `uuid, url, nummer,"));
}

TEST_CASE("model: the Expand structs list the OpenAPI _expand properties") {
  // ExpandX: allOf [X, {properties: {_expand: {properties: {...}}}}]; the
  // expand properties are at 14 spaces of indent.
  const auto expand_properties = [](std::string_view schema) {
    std::vector<std::string> names;
    for (const auto& line : schema_lines(schema))
      if (line.size() > 15 && line.compare(0, 14, std::string(14, ' ')) == 0 && line[14] != ' ' &&
          line.back() == ':')
        names.push_back(line.substr(14, line.size() - 15));
    return names;
  };
  CHECK(described<ki::KlantcontactExpand>() == expand_properties("ExpandKlantcontact"));
  CHECK(described<ki::BetrokkeneExpand>() == expand_properties("ExpandBetrokkene"));
  CHECK(described<ki::DigitaalAdresExpand>() == expand_properties("ExpandDigitaalAdres"));
  CHECK(described<ki::PartijExpand>() == expand_properties("ExpandPartij"));
}

TEST_CASE("model: required and read-only flags follow the OpenAPI document") {
  // Create = R (Opt::required) exactly for the properties the OAS lists as
  // required and does not mark read-only (the OAS also lists read-only
  // properties, which are required in responses only).
  const auto required_in_oas = [](std::string_view schema) {
    std::vector<std::string> names;
    bool in_required = false;
    for (const auto& line : schema_lines(schema)) {
      if (line == "      required:") {
        in_required = true;
        continue;
      }
      if (in_required && line.compare(0, 8, "      - ") == 0)
        names.push_back(line.substr(8));
      else
        in_required = false;
    }
    return names;
  };
  const auto check = [&](auto tag, std::string_view schema) {
    using S = typename decltype(tag)::type;
    CAPTURE(schema);
    const auto req = required_in_oas(schema);
    ki::for_each_veld<S>([&](const auto& v) {
      if (v.json == "_expand") return;
      CAPTURE(v.json);
      const bool oas_required = std::find(req.begin(), req.end(), v.json) != req.end();
      if (v.opt.has(ki::Opt::required)) CHECK(oas_required);
      if (oas_required && !v.opt.has(ki::Opt::read_only)) CHECK(v.opt.has(ki::Opt::required));
    });
  };
  check(std::type_identity<ki::Klantcontact>{}, "Klantcontact");
  check(std::type_identity<ki::Betrokkene>{}, "Betrokkene");
  check(std::type_identity<ki::ActorKlantcontact>{}, "ActorKlantcontact");
  check(std::type_identity<ki::InterneTaak>{}, "InterneTaak");
  check(std::type_identity<ki::DigitaalAdres>{}, "DigitaalAdres");
  check(std::type_identity<ki::Rekeningnummer>{}, "Rekeningnummer");
  check(std::type_identity<ki::Vertegenwoordigden>{}, "Vertegenwoordigden");
  check(std::type_identity<ki::PartijIdentificatorGroep>{}, "PartijIdentificatorGroepType");
  check(std::type_identity<ki::Medewerker>{}, "Medewerker");
  check(std::type_identity<ki::GeautomatiseerdeActor>{}, "GeautomatiseerdeActor");
  check(std::type_identity<ki::MaakKlantcontact>{}, "MaakKlantcontact");
}
