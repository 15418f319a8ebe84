// ki_register_case(): the steps of the VNG cases (ki::cases) over the C ABI.
// The input document is read into the case structs (case_invoer.cpp); the
// answer is the stored objects as the register renders them.

#include <boost/json/array.hpp>
#include <boost/json/object.hpp>

#include <algorithm>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "abi.hpp"
#include "case_invoer.hpp"
#include "handle.hpp"
#include "klantinteracties/cases/cases.hpp"
#include "klantinteracties/json/codec.hpp"
#include "klantinteracties/json/error_document.hpp"
#include "klantinteracties/json/scalars.hpp"

using namespace ki::capi;
namespace kc = ki::cases;

namespace {

// What a step returns to the dispatcher: the register's answer, and on
// success the output document.
struct Resultaat {
  ki::Antwoord antwoord{ki::HttpStatus::ok, nullptr};
  boost::json::object document;
};

// The stored object as GET /{collectie}/{uuid} renders it.
boost::json::value lees(const ki::Register& reg, std::string_view collectie, const ki::Uuid& u) {
  auto a = reg.get(collectie, u);
  return a.ok() ? std::move(a.body) : boost::json::value(nullptr);
}

boost::json::array lees_alle(const ki::Register& reg, std::string_view collectie,
                             const std::vector<ki::Uuid>& uuids) {
  boost::json::array out;
  for (const auto& u : uuids) out.push_back(lees(reg, collectie, u));
  return out;
}

// The klant of step 4 as in the example's --json: the betrokkene, a new
// partij with its identificatoren, and the digitale adressen stored.
void klant_document(const ki::Register& reg, const kc::KlantRegistratie& k,
                    boost::json::object& doc) {
  doc["betrokkene"] = lees(reg, "betrokkenen", k.betrokkene);
  if (k.nieuwePartij && k.partij) {
    doc["partij"] = lees(reg, "partijen", *k.partij);
    doc["partijIdentificatoren"] =
        lees_alle(reg, "partij-identificatoren", k.partijIdentificatoren);
  }
  if (!k.digitaleAdressen.empty())
    doc["digitaleAdressen"] = lees_alle(reg, "digitaleadressen", k.digitaleAdressen);
}

boost::json::value uuid_of_null(const std::optional<ki::Uuid>& u) {
  if (!u) return nullptr;
  return boost::json::string(ki::json::format_uuid(*u));
}

using Stap = std::function<Resultaat(ki::Register&, Lezer&, const kc::Opties&)>;

// ---- C9018 -----------------------------------------------------------------------

Resultaat c9018(ki::Register& reg, Lezer& in, const kc::Opties& opties) {
  kc::C9018Invoer i;
  if (auto u = in.uuid("medewerker", true)) i.medewerker = *u;
  i.klantcontact = lees_klantcontact(in, "klantcontact");
  i.klant = lees_klant(in, "klant");
  if (auto o = lees_objectverwijzing(in, "productaanvraag", kc::productaanvraag, true))
    i.productaanvraag = *o;
  i.interneTaak = lees_interne_taak(in, "interneTaak");
  i.zaak = lees_zaak(in, "zaak");
  in.rest();
  if (!in.fouten().empty()) return {};
  const auto r = kc::c9018(reg, i, opties);
  Resultaat out{r.antwoord, {}};
  if (!r.ok()) return out;
  auto& doc = out.document;
  doc["klantcontact"] = lees(reg, "klantcontacten", r.klantcontact);
  klant_document(reg, r.klant, doc);
  doc["bijlage"] = lees(reg, "bijlagen", r.bijlage);
  if (r.interneTaak) doc["interneTaak"] = lees(reg, "internetaken", *r.interneTaak);
  if (r.onderwerpobject)
    doc["onderwerpobject"] = lees(reg, "onderwerpobjecten", *r.onderwerpobject);
  if (r.zaakrol) doc["zaakrol"] = *r.zaakrol;
  std::vector<ki::Uuid> actoren{i.medewerker};
  if (i.interneTaak)
    for (const auto& a : i.interneTaak->toegewezenAanActoren)
      if (std::find(actoren.begin(), actoren.end(), a) == actoren.end()) actoren.push_back(a);
  doc["actoren"] = lees_alle(reg, "actoren", actoren);
  return out;
}

Resultaat registreer_klantcontact(ki::Register& reg, Lezer& in, const kc::Opties& opties) {
  ki::Uuid medewerker{};
  if (auto u = in.uuid("medewerker", true)) medewerker = *u;
  const auto g = lees_klantcontact(in, "klantcontact");
  in.rest();
  if (!in.fouten().empty()) return {};
  const auto r = kc::registreer_klantcontact(reg, g, medewerker, opties);
  Resultaat out{r.antwoord, {}};
  if (!r.ok()) return out;
  out.document["klantcontact"] = lees(reg, "klantcontacten", r.klantcontact);
  out.document["actorKlantcontact"] = lees(reg, "actorklantcontacten", r.actorKlantcontact);
  return out;
}

Resultaat zoek_partij(ki::Register& reg, Lezer& in, const kc::Opties&) {
  const auto bsn = in.tekst("bsn");
  const auto adres = in.tekst("digitaalAdres");
  in.rest();
  if (bsn.has_value() == adres.has_value())
    in.fout("nonFieldErrors", "invalid", "Geef bsn of digitaalAdres, niet allebei.");
  if (!in.fouten().empty()) return {};
  const auto p =
      bsn ? kc::zoek_partij_op_bsn(reg, *bsn) : kc::zoek_partij_op_digitaal_adres(reg, *adres);
  Resultaat out;
  out.document["partij"] = p ? lees(reg, "partijen", *p) : boost::json::value(nullptr);
  return out;
}

Resultaat registreer_partij(ki::Register& reg, Lezer& in, const kc::Opties& opties) {
  kc::PartijGegevens g;
  if (const auto* p = in.lid("partij", true)) g = lees_partij(*p, in.pad("partij"), in.fouten());
  in.rest();
  if (!in.fouten().empty()) return {};
  const auto r = kc::registreer_partij(reg, g, opties);
  Resultaat out{r.antwoord, {}};
  if (!r.ok()) return out;
  out.document["partij"] = lees(reg, "partijen", r.partij);
  out.document["partijIdentificatoren"] =
      lees_alle(reg, "partij-identificatoren", r.partijIdentificatoren);
  out.document["digitaleAdressen"] = lees_alle(reg, "digitaleadressen", r.digitaleAdressen);
  return out;
}

Resultaat registreer_betrokkene(ki::Register& reg, Lezer& in, const kc::Opties& opties) {
  ki::Uuid klantcontact{};
  if (auto u = in.uuid("klantcontact", true)) klantcontact = *u;
  const auto g = lees_betrokkene(in, "betrokkene");
  in.rest();
  if (!in.fouten().empty()) return {};
  const auto r = kc::registreer_betrokkene(reg, klantcontact, g, opties);
  Resultaat out{r.antwoord, {}};
  if (!r.ok()) return out;
  out.document["betrokkene"] = lees(reg, "betrokkenen", r.betrokkene);
  out.document["digitaleAdressen"] = lees_alle(reg, "digitaleadressen", r.digitaleAdressen);
  return out;
}

Resultaat registreer_klant(ki::Register& reg, Lezer& in, const kc::Opties& opties) {
  ki::Uuid klantcontact{};
  if (auto u = in.uuid("klantcontact", true)) klantcontact = *u;
  const auto klant = lees_klant(in, "klant");
  in.rest();
  if (!in.fouten().empty()) return {};
  const auto r = kc::registreer_klant(reg, klantcontact, klant, opties);
  Resultaat out{r.antwoord, {}};
  if (r.ok()) klant_document(reg, r.klant, out.document);
  return out;
}

Resultaat registreer_bijlage(ki::Register& reg, Lezer& in, const kc::Opties& opties) {
  ki::Uuid klantcontact{};
  if (auto u = in.uuid("klantcontact", true)) klantcontact = *u;
  const auto o = lees_objectverwijzing(in, "productaanvraag", kc::productaanvraag, true);
  in.rest();
  if (!in.fouten().empty() || !o) return {};
  const auto r = kc::registreer_bijlage(reg, klantcontact, *o, opties);
  Resultaat out{r.antwoord, {}};
  if (r.ok()) out.document["bijlage"] = lees(reg, "bijlagen", r.bijlage);
  return out;
}

Resultaat registreer_interne_taak(ki::Register& reg, Lezer& in, const kc::Opties& opties) {
  ki::Uuid klantcontact{};
  if (auto u = in.uuid("klantcontact", true)) klantcontact = *u;
  const auto t = lees_interne_taak(in, "interneTaak", true);
  in.rest();
  if (!in.fouten().empty() || !t) return {};
  const auto r = kc::registreer_interne_taak(reg, klantcontact, *t, opties);
  Resultaat out{r.antwoord, {}};
  if (r.ok()) out.document["interneTaak"] = lees(reg, "internetaken", r.interneTaak);
  return out;
}

Resultaat koppel_zaak(ki::Register& reg, Lezer& in, const kc::Opties& opties) {
  ki::Uuid klantcontact{};
  if (auto u = in.uuid("klantcontact", true)) klantcontact = *u;
  const auto z = lees_zaak(in, "zaak");
  if (!z && in.fouten().empty()) in.fout("zaak", "required", ki::msg::required);
  in.rest();
  if (!in.fouten().empty()) return {};
  const auto r = kc::koppel_zaak(reg, klantcontact, *z, opties);
  Resultaat out{r.antwoord, {}};
  if (!r.ok()) return out;
  out.document["onderwerpobject"] = lees(reg, "onderwerpobjecten", r.onderwerpobject);
  if (r.zaakrol) out.document["zaakrol"] = *r.zaakrol;
  return out;
}

// ---- C0992, C9167 ------------------------------------------------------------------

Resultaat c0992(ki::Register& reg, Lezer& in, const kc::Opties& opties) {
  kc::C0992Invoer i;
  if (auto u = in.uuid("medewerker", true)) i.medewerker = *u;
  i.klantcontact = lees_klantcontact(in, "klantcontact");
  if (in.lid("klant")) i.klant = lees_klant(in, "klant");
  in.rest();
  if (!in.fouten().empty()) return {};
  const auto r = kc::c0992(reg, i, opties);
  Resultaat out{r.antwoord, {}};
  if (!r.ok()) return out;
  out.document["geregistreerd"] = r.geregistreerd;
  if (!r.geregistreerd) return out;
  out.document["klantcontact"] = lees(reg, "klantcontacten", r.klantcontact);
  out.document["actorKlantcontact"] = lees(reg, "actorklantcontacten", r.actorKlantcontact);
  klant_document(reg, r.klant, out.document);
  return out;
}

Resultaat c9167(ki::Register& reg, Lezer& in, const kc::Opties& opties) {
  kc::C9167Invoer i;
  if (auto u = in.uuid("medewerker", true)) i.medewerker = *u;
  i.klantcontact = lees_klantcontact(in, "klantcontact");
  if (auto t = lees_interne_taak(in, "terugbelverzoek", true)) i.terugbelverzoek = *t;
  i.klant = lees_klant(in, "klant");
  in.rest();
  if (!in.fouten().empty()) return {};
  const auto r = kc::c9167(reg, i, opties);
  Resultaat out{r.antwoord, {}};
  if (!r.ok()) return out;
  out.document["klantcontact"] = lees(reg, "klantcontacten", r.klantcontact);
  out.document["actorKlantcontact"] = lees(reg, "actorklantcontacten", r.actorKlantcontact);
  out.document["interneTaak"] = lees(reg, "internetaken", r.interneTaak);
  klant_document(reg, r.klant, out.document);
  return out;
}

// ---- interne taken: C2984, C9708, C2716 ------------------------------------------

boost::json::object contactgegevens_document(const kc::Contactgegevens& c) {
  boost::json::object o;
  o["naam"] = c.naam;
  o["telefoonnummer"] = c.telefoonnummer;
  o["emailadres"] = c.emailadres;
  o["betrokkene"] = uuid_of_null(c.betrokkene);
  o["partij"] = uuid_of_null(c.partij);
  o["vanPartij"] = c.vanPartij;
  return o;
}

Resultaat open_interne_taken(ki::Register& reg, Lezer& in, const kc::Opties&) {
  ki::Uuid actor{};
  if (auto u = in.uuid("actor", true)) actor = *u;
  in.rest();
  if (!in.fouten().empty()) return {};
  Resultaat out;
  boost::json::array taken;
  for (const auto& t : kc::open_interne_taken(reg, actor)) taken.push_back(ki::json::encode(t));
  out.document["interneTaken"] = std::move(taken);
  return out;
}

Resultaat contactgegevens(ki::Register& reg, Lezer& in, const kc::Opties&) {
  ki::Uuid klantcontact{};
  if (auto u = in.uuid("klantcontact", true)) klantcontact = *u;
  in.rest();
  if (!in.fouten().empty()) return {};
  Resultaat out;
  out.document = contactgegevens_document(kc::contactgegevens_bij_klantcontact(reg, klantcontact));
  return out;
}

Resultaat rond_taak_af(ki::Register& reg, Lezer& in, const kc::Opties& opties) {
  ki::Uuid taak{};
  if (auto u = in.uuid("interneTaak", true)) taak = *u;
  const std::string toelichting = in.tekst("toelichting").value_or("");
  in.rest();
  if (!in.fouten().empty()) return {};
  const auto r = kc::rond_taak_af(reg, taak, toelichting, opties);
  Resultaat out{r.antwoord, {}};
  if (r.ok()) out.document["interneTaak"] = lees(reg, "internetaken", r.interneTaak);
  return out;
}

Resultaat c2984(ki::Register& reg, Lezer& in, const kc::Opties& opties) {
  ki::Uuid taak{};
  if (auto u = in.uuid("interneTaak", true)) taak = *u;
  const std::string toelichting = in.tekst("toelichting").value_or("");
  in.rest();
  if (!in.fouten().empty()) return {};
  const auto r = kc::c2984(reg, taak, toelichting, opties);
  Resultaat out{r.antwoord, {}};
  if (!r.ok()) return out;
  out.document["interneTaak"] = lees(reg, "internetaken", r.interneTaak);
  out.document["klantcontact"] = lees(reg, "klantcontacten", r.klantcontact);
  out.document["contactgegevens"] = contactgegevens_document(r.contactgegevens);
  return out;
}

template <kc::TaakafhandelingUitkomst (*Functie)(ki::Register&, const kc::Taakafhandeling&,
                                                 const kc::Opties&)>
Resultaat taakafhandeling(ki::Register& reg, Lezer& in, const kc::Opties& opties) {
  kc::Taakafhandeling i;
  if (auto u = in.uuid("interneTaak", true)) i.interneTaak = *u;
  if (auto u = in.uuid("medewerker", true)) i.medewerker = *u;
  if (in.lid("antwoord")) i.antwoord = lees_klantcontact(in, "antwoord");
  i.zaak = lees_objectverwijzing(in, "zaak", kc::zaak);
  i.vervolgtaak = lees_interne_taak(in, "vervolgtaak");
  i.toelichting = in.tekst("toelichting").value_or("");
  in.rest();
  if (!in.fouten().empty()) return {};
  const auto r = Functie(reg, i, opties);
  Resultaat out{r.antwoord, {}};
  if (!r.ok()) return out;
  auto& doc = out.document;
  doc["interneTaak"] = lees(reg, "internetaken", r.interneTaak);
  if (r.klantcontact) doc["klantcontact"] = lees(reg, "klantcontacten", *r.klantcontact);
  if (r.actorKlantcontact)
    doc["actorKlantcontact"] = lees(reg, "actorklantcontacten", *r.actorKlantcontact);
  doc["betrokkenen"] = lees_alle(reg, "betrokkenen", r.betrokkenen);
  doc["digitaleAdressen"] = lees_alle(reg, "digitaleadressen", r.digitaleAdressen);
  if (r.onderwerpobject)
    doc["onderwerpobject"] = lees(reg, "onderwerpobjecten", *r.onderwerpobject);
  if (r.zaakOnderwerpobject)
    doc["zaakOnderwerpobject"] = lees(reg, "onderwerpobjecten", *r.zaakOnderwerpobject);
  if (r.vervolgtaak) doc["vervolgtaak"] = lees(reg, "internetaken", *r.vervolgtaak);
  return out;
}

struct StapNaam {
  std::string_view naam;
  Resultaat (*stap)(ki::Register&, Lezer&, const kc::Opties&);
};

// The steps, as ki_register_case() names them (klantinteracties.h).
constexpr StapNaam kStappen[] = {
    {"c9018", c9018},
    {"registreer_klantcontact", registreer_klantcontact},
    {"zoek_partij", zoek_partij},
    {"registreer_partij", registreer_partij},
    {"registreer_betrokkene", registreer_betrokkene},
    {"registreer_klant", registreer_klant},
    {"registreer_bijlage", registreer_bijlage},
    {"registreer_interne_taak", registreer_interne_taak},
    {"koppel_zaak", koppel_zaak},
    {"c0992", c0992},
    {"c9167", c9167},
    {"open_interne_taken", open_interne_taken},
    {"contactgegevens", contactgegevens},
    {"rond_taak_af", rond_taak_af},
    {"c2984", c2984},
    {"c9708", taakafhandeling<kc::c9708>},
    {"c2716", taakafhandeling<kc::c2716>},
};

}  // namespace

extern "C" {

KI_API int ki_register_case(char** out_json, ki_register* reg, const char* step,
                            const char* input_json) noexcept {
  constexpr std::string_view function = "ki_register_case";
  clear(out_json);
  return guarded(function, [&] {
    if (!out_json) return fail(KI_EINVAL, function, "out_json is NULL");
    if (int rc = register_arg(function, reg); rc != KI_OK) return rc;
    std::optional<std::string_view> step_s, input_s;
    if (int rc = text_arg(function, "step", step, true, step_s, input_limit()); rc != KI_OK)
      return rc;
    if (int rc = text_arg(function, "input_json", input_json, true, input_s, input_limit());
        rc != KI_OK)
      return rc;
    const StapNaam* gevonden = nullptr;
    for (const auto& s : kStappen)
      if (equal_ignoring_case(s.naam, *step_s)) gevonden = &s;
    if (!gevonden)
      return fail(KI_EINVAL, function,
                  "unknown step '" + std::string(*step_s) + "' (see klantinteracties.h)");

    ki::InvalidParams fouten;
    const auto invoer = ki::json::parse(*input_s, fouten, limieten());
    if (!fouten.empty()) {
      *out_json = c_string(ki::json::error_document_string(fouten, reg->base_url));
      return fail(KI_EPARSE, function, summary("malformed JSON", fouten));
    }
    Lezer lezer(invoer, "", fouten);
    kc::Opties opties;
    opties.profiel = reg->profiel;
    opties.referentielijsten = reg->lijsten.get();
    if (auto b = lezer.vlag("codesUitReferentielijsten")) opties.codes_uit_referentielijsten = *b;
    Resultaat r;
    if (lezer.ok()) r = gevonden->stap(reg->reg, lezer, opties);
    if (!fouten.empty()) {
      *out_json = c_string(ki::json::error_document_string(fouten, reg->base_url));
      return fail(KI_EINVALID, function,
                  summary(std::string(gevonden->naam) + ": the input document is invalid", fouten));
    }
    if (!r.antwoord.ok()) return antwoord(function, r.antwoord, out_json);
    *out_json = c_string(boost::json::value(std::move(r.document)));
    return succeed();
  });
}

}  // extern "C"
