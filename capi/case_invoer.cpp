// Reading the input documents of ki_register_case() (see case_invoer.hpp).

#include "case_invoer.hpp"

#include <algorithm>
#include <string>

#include "klantinteracties/json/codec.hpp"
#include "klantinteracties/json/scalars.hpp"
#include "klantinteracties/messages.hpp"

namespace ki::capi {

namespace {

constexpr std::string_view kGeenTekst = "Not a valid string.";
constexpr std::string_view kGeenVlag = "Must be a valid boolean.";
constexpr std::string_view kGeenObject = "Verwacht een JSON-object.";

// The errors of decode<T> on a nested group, under `pad`.
template <class T>
std::optional<T> decodeer(const boost::json::value& v, const std::string& pad,
                          InvalidParams& fouten) {
  auto d = json::decode<T>(v);
  for (auto& e : d.errors) fouten.push_back({pad + "." + e.name, e.code, e.reason});
  if (!d.ok()) return std::nullopt;
  return std::move(d.value);
}

}  // namespace

Lezer::Lezer(const boost::json::value& v, std::string pad, InvalidParams& fouten)
    : pad_(std::move(pad)), fouten_(fouten) {
  obj_ = v.if_object();
  if (!obj_)
    fouten_.push_back(
        {pad_.empty() ? "nonFieldErrors" : pad_, "invalid", std::string(kGeenObject)});
}

std::string Lezer::pad(std::string_view naam) const {
  return pad_.empty() ? std::string(naam) : pad_ + "." + std::string(naam);
}

void Lezer::fout(std::string_view naam, std::string_view code, std::string_view reden) {
  fouten_.push_back({pad(naam), std::string(code), std::string(reden)});
}

const boost::json::value* Lezer::lid(std::string_view naam, bool vereist) {
  if (!obj_) return nullptr;
  gelezen_.emplace_back(naam);
  const auto* v = obj_->if_contains(naam);
  if (!v || v->is_null()) {
    if (vereist) fout(naam, "required", msg::required);
    return nullptr;
  }
  return v;
}

std::optional<std::string> Lezer::tekst(std::string_view naam, bool vereist) {
  const auto* v = lid(naam, vereist);
  if (!v) return std::nullopt;
  if (!v->is_string()) {
    fout(naam, "invalid", kGeenTekst);
    return std::nullopt;
  }
  return std::string(v->get_string());
}

std::optional<bool> Lezer::vlag(std::string_view naam) {
  const auto* v = lid(naam);
  if (!v) return std::nullopt;
  if (!v->is_bool()) {
    fout(naam, "invalid", kGeenVlag);
    return std::nullopt;
  }
  return v->get_bool();
}

bool Lezer::vlag_of_null(std::string_view naam, std::optional<bool>& out) {
  if (!obj_ || !obj_->contains(naam)) return false;
  const auto& v = obj_->at(naam);
  gelezen_.emplace_back(naam);
  if (v.is_null()) {
    out.reset();
    return true;
  }
  if (!v.is_bool()) {
    fout(naam, "invalid", kGeenVlag);
    return false;
  }
  out = v.get_bool();
  return true;
}

std::optional<std::size_t> Lezer::index(std::string_view naam) {
  const auto* v = lid(naam);
  if (!v) return std::nullopt;
  if (v->is_int64() && v->get_int64() >= 0) return static_cast<std::size_t>(v->get_int64());
  if (v->is_uint64()) return static_cast<std::size_t>(v->get_uint64());
  fout(naam, "invalid", msg::not_an_integer);
  return std::nullopt;
}

std::optional<Uuid> Lezer::uuid(std::string_view naam, bool vereist) {
  const auto* v = lid(naam, vereist);
  if (!v) return std::nullopt;
  const auto u =
      v->is_string() ? json::parse_uuid(std::string_view(v->get_string())) : std::optional<Uuid>{};
  if (!u) fout(naam, "invalid", msg::not_a_uuid);
  return u;
}

std::vector<Uuid> Lezer::uuids(std::string_view naam, bool vereist) {
  std::vector<Uuid> out;
  const auto* v = lid(naam, vereist);
  if (!v) return out;
  if (!v->is_array()) {
    fout(naam, "not_a_list", "Verwacht een lijst met uuid's.");
    return out;
  }
  std::size_t i = 0;
  for (const auto& e : v->get_array()) {
    const auto u =
        e.is_string() ? json::parse_uuid(std::string_view(e.get_string())) : std::optional<Uuid>{};
    if (u)
      out.push_back(*u);
    else
      fout(std::string(naam) + "." + std::to_string(i), "invalid", msg::not_a_uuid);
    ++i;
  }
  return out;
}

std::optional<DateTime> Lezer::moment(std::string_view naam) {
  const auto t = tekst(naam);
  if (!t) return std::nullopt;
  auto m = json::parse_date_time(*t);
  if (!m) fout(naam, "invalid", "Ongeldig tijdstip (RFC 3339, bijvoorbeeld 2023-03-01T10:00:00Z).");
  return m;
}

void Lezer::rest() {
  if (!obj_) return;
  for (const auto& [k, v] : *obj_)
    if (std::find(gelezen_.begin(), gelezen_.end(), std::string_view(k)) == gelezen_.end())
      fout(k, "unknown", "Onbekend veld.");
}

std::optional<Lezer> Lezer::kind(std::string_view naam, bool vereist) {
  const auto* v = lid(naam, vereist);
  if (!v) return std::nullopt;
  Lezer k(*v, pad(naam), fouten_);
  if (!k.ok()) return std::nullopt;
  return k;
}

// ---- the parts ---------------------------------------------------------------------

cases::KlantcontactGegevens lees_klantcontact(Lezer& ouder, std::string_view naam) {
  cases::KlantcontactGegevens g;
  auto l = ouder.kind(naam, true);
  if (!l) return g;
  if (auto t = l->tekst("kanaal")) g.kanaal = *t;
  if (auto t = l->tekst("onderwerp")) g.onderwerp = *t;
  if (auto t = l->tekst("inhoud")) g.inhoud = *t;
  if (auto t = l->tekst("reactie")) g.reactie = *t;
  if (auto t = l->tekst("taal")) g.taal = *t;
  if (auto b = l->vlag("vertrouwelijk")) g.vertrouwelijk = *b;
  l->vlag_of_null("indicatieContactGelukt", g.indicatieContactGelukt);
  if (auto m = l->moment("plaatsgevondenOp")) g.plaatsgevondenOp = *m;
  if (auto t = l->tekst("referentienummer")) g.referentienummer = *t;
  l->rest();
  return g;
}

cases::DigitaalAdresGegevens lees_digitaal_adres(const boost::json::value& v, std::string pad,
                                                 InvalidParams& fouten) {
  cases::DigitaalAdresGegevens g;
  Lezer l(v, std::move(pad), fouten);
  if (!l.ok()) return g;
  if (auto t = l.tekst("soortDigitaalAdres", true)) {
    if (auto s = enum_from_string<SoortDigitaalAdres>(*t))
      g.soortDigitaalAdres = *s;
    else
      l.fout("soortDigitaalAdres", "invalid_choice", "\"" + *t + "\" is een ongeldige keuze.");
  }
  if (auto t = l.tekst("adres", true)) g.adres = *t;
  if (auto t = l.tekst("omschrijving")) g.omschrijving = *t;
  if (auto b = l.vlag("isStandaardAdres")) g.isStandaardAdres = *b;
  l.rest();
  return g;
}

std::vector<cases::DigitaalAdresGegevens> lees_digitale_adressen(Lezer& ouder,
                                                                 std::string_view naam) {
  std::vector<cases::DigitaalAdresGegevens> out;
  const auto* v = ouder.lid(naam);
  if (!v) return out;
  if (!v->is_array()) {
    ouder.fout(naam, "not_a_list", "Verwacht een lijst met digitale adressen.");
    return out;
  }
  std::size_t i = 0;
  for (const auto& e : v->get_array())
    out.push_back(
        lees_digitaal_adres(e, ouder.pad(naam) + "." + std::to_string(i++), ouder.fouten()));
  return out;
}

std::optional<Contactnaam> lees_contactnaam(Lezer& ouder, std::string_view naam, bool vereist) {
  const auto* v = ouder.lid(naam, vereist);
  if (!v) return std::nullopt;
  return decodeer<Contactnaam>(*v, ouder.pad(naam), ouder.fouten());
}

std::optional<Adres> lees_adres(Lezer& ouder, std::string_view naam) {
  const auto* v = ouder.lid(naam);
  if (!v) return std::nullopt;
  return decodeer<Adres>(*v, ouder.pad(naam), ouder.fouten());
}

cases::PartijGegevens lees_partij(const boost::json::value& v, std::string pad,
                                  InvalidParams& fouten) {
  cases::PartijGegevens g;
  Lezer l(v, std::move(pad), fouten);
  if (!l.ok()) return g;
  if (auto n = lees_contactnaam(l, "contactnaam", true)) g.contactnaam = *n;
  g.bezoekadres = lees_adres(l, "bezoekadres");
  g.correspondentieadres = lees_adres(l, "correspondentieadres");
  if (auto t = l.tekst("voorkeurstaal")) g.voorkeurstaal = *t;
  if (auto b = l.vlag("indicatieGeheimhouding")) g.indicatieGeheimhouding = *b;
  if (auto b = l.vlag("indicatieActief")) g.indicatieActief = *b;
  if (auto t = l.tekst("interneNotitie")) g.interneNotitie = *t;
  if (auto t = l.tekst("bsn")) g.partijIdentificatoren.push_back(cases::bsn(*t));
  if (const auto* ids = l.lid("partijIdentificatoren")) {
    if (!ids->is_array()) {
      l.fout("partijIdentificatoren", "not_a_list", "Verwacht een lijst.");
    } else {
      std::size_t i = 0;
      for (const auto& e : ids->get_array())
        if (auto groep = decodeer<PartijIdentificatorGroep>(
                e, l.pad("partijIdentificatoren") + "." + std::to_string(i++), fouten))
          g.partijIdentificatoren.push_back(*groep);
    }
  }
  g.digitaleAdressen = lees_digitale_adressen(l, "digitaleAdressen");
  g.voorkeursDigitaalAdres = l.index("voorkeursDigitaalAdres");
  l.rest();
  return g;
}

cases::BetrokkeneGegevens lees_betrokkene(Lezer& ouder, std::string_view naam) {
  cases::BetrokkeneGegevens g;
  auto l = ouder.kind(naam, true);
  if (!l) return g;
  g.partij = l->uuid("partij");
  g.contactnaam = lees_contactnaam(*l, "contactnaam");
  g.bezoekadres = lees_adres(*l, "bezoekadres");
  g.correspondentieadres = lees_adres(*l, "correspondentieadres");
  if (auto t = l->tekst("organisatienaam")) g.organisatienaam = *t;
  g.digitaleAdressen = lees_digitale_adressen(*l, "digitaleAdressen");
  if (auto t = l->tekst("rol")) {
    if (auto r = enum_from_string<Rol>(*t))
      g.rol = *r;
    else
      l->fout("rol", "invalid_choice", "\"" + *t + "\" is een ongeldige keuze.");
  }
  if (auto b = l->vlag("initiator")) g.initiator = *b;
  l->rest();
  return g;
}

cases::Klant lees_klant(Lezer& ouder, std::string_view naam) {
  auto l = ouder.kind(naam, true);
  if (!l) return cases::AlleenContactgegevens{};
  const auto variant = l->tekst("variant", true);
  cases::Klant klant = cases::AlleenContactgegevens{};
  if (variant == "bekend") {
    cases::KlantBekend k;
    if (auto u = l->uuid("partij", true)) k.partij = *u;
    k.contactnaam = lees_contactnaam(*l, "contactnaam");
    k.digitaleAdressen = lees_digitale_adressen(*l, "digitaleAdressen");
    klant = std::move(k);
  } else if (variant == "nieuwe-partij") {
    cases::NieuwePartij k;
    if (const auto* p = l->lid("partij", true))
      k.partij = lees_partij(*p, l->pad("partij"), ouder.fouten());
    klant = std::move(k);
  } else if (variant == "alleen-contactgegevens") {
    cases::AlleenContactgegevens k;
    if (auto n = lees_contactnaam(*l, "contactnaam", true)) k.contactnaam = *n;
    k.digitaleAdressen = lees_digitale_adressen(*l, "digitaleAdressen");
    klant = std::move(k);
  } else if (variant) {
    l->fout("variant", "invalid_choice",
            "\"" + *variant +
                "\" is een ongeldige keuze (bekend, nieuwe-partij, "
                "alleen-contactgegevens).");
    return klant;
  } else {
    return klant;
  }
  l->rest();
  return klant;
}

std::optional<cases::InterneTaakGegevens> lees_interne_taak(Lezer& ouder, std::string_view naam,
                                                            bool vereist) {
  auto l = ouder.kind(naam, vereist);
  if (!l) return std::nullopt;
  cases::InterneTaakGegevens g;
  if (auto t = l->tekst("gevraagdeHandeling")) g.gevraagdeHandeling = *t;
  if (auto t = l->tekst("toelichting")) g.toelichting = *t;
  g.toegewezenAanActoren = l->uuids("toegewezenAanActoren", true);
  if (auto t = l->tekst("referentienummer")) g.referentienummer = *t;
  l->rest();
  return g;
}

std::optional<cases::Objectverwijzing> lees_objectverwijzing(
    Lezer& ouder, std::string_view naam, cases::Objectverwijzing (*standaard)(const Uuid&),
    bool vereist) {
  const auto* v = ouder.lid(naam, vereist);
  if (!v) return std::nullopt;
  if (v->is_string()) {
    const auto u = json::parse_uuid(std::string_view(v->get_string()));
    if (!u) {
      ouder.fout(naam, "invalid", msg::not_a_uuid);
      return std::nullopt;
    }
    return standaard(*u);
  }
  Lezer l(*v, ouder.pad(naam), ouder.fouten());
  if (!l.ok()) return std::nullopt;
  cases::Objectverwijzing o;
  if (auto t = l.tekst("objectId", true)) o.objectId = *t;
  if (auto t = l.tekst("codeObjecttype", true)) o.codeObjecttype = *t;
  if (auto t = l.tekst("codeSoortObjectId", true)) o.codeSoortObjectId = *t;
  if (auto t = l.tekst("codeRegister", true)) o.codeRegister = *t;
  l.rest();
  return o;
}

std::optional<cases::Zaak> lees_zaak(Lezer& ouder, std::string_view naam) {
  auto l = ouder.kind(naam);
  if (!l) return std::nullopt;
  cases::Zaak z;
  if (auto o = lees_objectverwijzing(*l, "zaak", cases::zaak, true)) z.zaak = *o;
  if (auto b = l->vlag("contactgegevensAlleenVoorZaak")) z.contactgegevensAlleenVoorZaak = *b;
  l->rest();
  return z;
}

}  // namespace ki::capi
