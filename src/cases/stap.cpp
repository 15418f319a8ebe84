// The machinery of a case step: the two phases, the placeholders, the undo
// log and the error documents (stap.hpp). Also the small helpers of
// gegevens.hpp.

#include "stap.hpp"

#include <boost/uuid/random_generator.hpp>
#include <fmt/format.h>

#include <map>
#include <tuple>

#include "klantinteracties/json/error_document.hpp"
#include "klantinteracties/json/scalars.hpp"
#include "klantinteracties/referentielijsten/referentielijsten.hpp"
#include "klantinteracties/rules/validate.hpp"

namespace ki::cases {

PartijIdentificatorGroep bsn(std::string_view burgerservicenummer) {
  PartijIdentificatorGroep g;
  g.codeObjecttype = CodeObjecttype::natuurlijk_persoon;
  g.codeSoortObjectId = CodeSoortObjectId::bsn;
  g.objectId = std::string(burgerservicenummer);
  g.codeRegister = CodeRegister::brp;
  return g;
}

Objectverwijzing productaanvraag(const Uuid& object) {
  return {json::format_uuid(object), "productaanvraag", "uuid", "objecten"};
}

Objectverwijzing zaak(const Uuid& zaak) {
  return {json::format_uuid(zaak), "zaak", "uuid", "open-zaak"};
}

namespace detail {

namespace {

Uuid nieuwe_uuid() {
  thread_local boost::uuids::random_generator gen;
  return gen();
}

std::string met_deel(std::string_view deel, std::string_view naam) {
  if (deel.empty()) return std::string(naam);
  if (naam.empty()) return std::string(deel);
  return fmt::format("{}.{}", deel, naam);
}

// The register's error document with every invalidParams name prefixed.
Antwoord met_deel(Antwoord a, std::string_view deel) {
  if (!a.body.is_object()) return a;
  auto* lijst = a.body.get_object().if_contains("invalidParams");
  if (!lijst || !lijst->is_array()) return a;
  for (auto& p : lijst->get_array()) {
    if (!p.is_object()) continue;
    auto* naam = p.get_object().if_contains("name");
    if (naam && naam->is_string()) *naam = met_deel(deel, naam->get_string());
  }
  return a;
}

// A 400 error document as the register writes it.
Antwoord fout_document(const Register& reg, const InvalidParams& params) {
  return {HttpStatus::invalid, json::error_document(params, reg.options().base_url)};
}

}  // namespace

std::string tekst(const Uuid& u) { return json::format_uuid(u); }

boost::json::value ref_of_null(const std::optional<Uuid>& u) {
  if (!u) return nullptr;
  return ref(*u);
}

boost::json::object ref(const Uuid& u) {
  boost::json::object o;
  o["uuid"] = tekst(u);
  return o;
}

std::optional<Uuid> uuid_van(const boost::json::value& resource) {
  if (!resource.is_object()) return std::nullopt;
  const auto* u = resource.get_object().if_contains("uuid");
  if (!u || !u->is_string()) return std::nullopt;
  return json::parse_uuid(std::string_view(u->get_string()));
}

// The stored data for the check phase: the register's objects plus the
// placeholders of the objects the step is still to create.
class Opzoeker final : public rules::Opzoeker {
public:
  explicit Opzoeker(const Register& reg) : reg_(reg) {}

  const void* vind(std::string_view naam, const Uuid& u) const override {
    if (auto it = voorlopig_.find({std::string(naam), u}); it != voorlopig_.end())
      return it->second.get();
    const void* gevonden = nullptr;
    [&]<class... T>(std::tuple<T...>*) {
      (void)((Resource<T>::naam == naam ? (gevonden = opgeslagen<T>(u), true) : false) || ...);
    }(static_cast<Resources*>(nullptr));
    return gevonden;
  }

  template <class T>
  void voorlopig(const Uuid& u, T waarde) {
    voorlopig_[{std::string(Resource<T>::naam), u}] = std::make_shared<T>(std::move(waarde));
  }

  template <class T>
  const T* voorlopig_object(const Uuid& u) const {
    auto it = voorlopig_.find({std::string(Resource<T>::naam), u});
    return it == voorlopig_.end() ? nullptr : static_cast<const T*>(it->second.get());
  }

private:
  template <class T>
  const void* opgeslagen(const Uuid& u) const {
    auto obj = reg_.vind<T>(u);
    if (!obj) return nullptr;
    auto p = std::make_shared<T>(std::move(*obj));
    cache_.push_back(p);
    return p.get();
  }

  const Register& reg_;
  std::map<std::pair<std::string, Uuid>, std::shared_ptr<void>> voorlopig_;
  mutable std::vector<std::shared_ptr<void>> cache_;
};

Stap::Stap(Register& reg, const Opties& opties, Fase fase)
    : reg_(reg), opties_(opties), fase_(fase), opzoeker_(std::make_unique<Opzoeker>(reg)) {}

Stap::~Stap() = default;

template <class T>
Uuid Stap::maak(std::string_view deel, const boost::json::value& body) {
  if (controle()) {
    const rules::Options opt{rules::Modus::create, opties_.profiel, opties_.referentielijsten,
                             opzoeker_.get(), nullptr};
    auto v = rules::validate<T>(body, opt);
    for (auto& e : v.errors) fouten_.push_back({met_deel(deel, e.name), e.code, e.reason});
    // Also an invalid part gets a placeholder: later parts that refer to it
    // are judged on their own.
    const Uuid u = nieuwe_uuid();
    T waarde = std::move(v.value);
    waarde.uuid = u;
    opzoeker_->voorlopig(u, std::move(waarde));
    return u;
  }
  if (!ok()) return {};
  Antwoord a = reg_.create<T>(body);
  if (!a.ok()) {
    register_fout_ = met_deel(std::move(a), deel);
    return {};
  }
  const auto u = uuid_van(a.body);
  if (!u) {  // cannot happen: a created resource has its uuid
    fout(std::string(deel), "invalid", "Het register gaf geen uuid.");
    return {};
  }
  return *u;
}

template <class T>
void Stap::wijzig(std::string_view deel, const Uuid& uuid, const boost::json::value& body) {
  if (controle()) {
    std::optional<T> oud = lees<T>(uuid);
    if (!oud) {
      if (!register_fout_) register_fout_ = reg_.get<T>(uuid);
      return;
    }
    const rules::Options opt{rules::Modus::partial, opties_.profiel, opties_.referentielijsten,
                             opzoeker_.get(), &*oud};
    auto v = rules::validate<T>(body, opt);
    for (auto& e : v.errors) fouten_.push_back({met_deel(deel, e.name), e.code, e.reason});
    return;
  }
  if (!ok()) return;
  Antwoord a = reg_.patch<T>(uuid, body);
  if (!a.ok()) register_fout_ = met_deel(std::move(a), deel);
}

template <class T>
std::optional<T> Stap::lees(const Uuid& uuid) const {
  if (controle())
    if (const T* p = opzoeker_->voorlopig_object<T>(uuid)) return *p;
  return reg_.vind<T>(uuid);
}

template <class T>
std::optional<T> Stap::lees_verplicht(const Uuid& uuid) {
  auto obj = lees<T>(uuid);
  if (!obj && !register_fout_) register_fout_ = reg_.get<T>(uuid);
  return obj;
}

void Stap::fout(std::string naam, std::string code, std::string reden) {
  fouten_.push_back({std::move(naam), std::move(code), std::move(reden)});
}

Antwoord Stap::antwoord() const {
  if (register_fout_) return *register_fout_;
  if (!fouten_.empty()) return fout_document(reg_, fouten_);
  return {HttpStatus::created, nullptr};
}

#define KI_CASES_STAP(T)                                                                \
  template Uuid Stap::maak<T>(std::string_view, const boost::json::value&);             \
  template void Stap::wijzig<T>(std::string_view, const Uuid&, const boost::json::value&); \
  template std::optional<T> Stap::lees<T>(const Uuid&) const;                           \
  template std::optional<T> Stap::lees_verplicht<T>(const Uuid&);

KI_CASES_STAP(Klantcontact)
KI_CASES_STAP(Betrokkene)
KI_CASES_STAP(Onderwerpobject)
KI_CASES_STAP(Bijlage)
KI_CASES_STAP(ActorKlantcontact)
KI_CASES_STAP(Actor)
KI_CASES_STAP(InterneTaak)
KI_CASES_STAP(Partij)
KI_CASES_STAP(DigitaalAdres)

// ---- request bodies ------------------------------------------------------------

boost::json::object klantcontact_body(const KlantcontactGegevens& g) {
  boost::json::object b;
  if (!g.referentienummer.empty()) b["referentienummer"] = g.referentienummer;
  b["kanaal"] = g.kanaal;
  b["onderwerp"] = g.onderwerp;
  if (!g.inhoud.empty()) b["inhoud"] = g.inhoud;
  if (!g.reactie.empty()) b["reactie"] = g.reactie;
  if (g.indicatieContactGelukt)
    b["indicatieContactGelukt"] = *g.indicatieContactGelukt;
  else
    b["indicatieContactGelukt"] = nullptr;
  b["taal"] = g.taal;
  b["vertrouwelijk"] = g.vertrouwelijk;
  if (g.plaatsgevondenOp) b["plaatsgevondenOp"] = json::format_date_time(*g.plaatsgevondenOp);
  return b;
}

boost::json::object digitaal_adres_body(const DigitaalAdresGegevens& g,
                                        const std::optional<Uuid>& partij,
                                        const std::optional<Uuid>& betrokkene) {
  boost::json::object b;
  b["verstrektDoorBetrokkene"] = ref_of_null(betrokkene);
  // The key is required on create, null or not (KI-DA-009).
  b["verstrektDoorPartij"] = ref_of_null(partij);
  b["adres"] = g.adres;
  b["soortDigitaalAdres"] = to_string(g.soortDigitaalAdres);
  b["isStandaardAdres"] = g.isStandaardAdres;
  if (!g.omschrijving.empty()) b["omschrijving"] = g.omschrijving;
  return b;
}

boost::json::object identificator_body(const Objectverwijzing& o) {
  boost::json::object b;
  b["objectId"] = o.objectId;
  b["codeObjecttype"] = o.codeObjecttype;
  b["codeRegister"] = o.codeRegister;
  b["codeSoortObjectId"] = o.codeSoortObjectId;
  return b;
}

void controleer_codes(Stap& s, std::string_view deel, const Objectverwijzing& o) {
  if (!s.opties().codes_uit_referentielijsten) return;
  using referentielijsten::Lijst;
  const auto& lijsten = s.opties().referentielijsten
                            ? *s.opties().referentielijsten
                            : referentielijsten::Referentielijsten::ingebouwd();
  const auto nu = lijsten.nu();
  auto toets = [&](std::string_view veld, Lijst lijst, std::string_view lijstnaam,
                   const std::string& code) {
    const auto* item = lijsten.tabel(lijst).vind(code);
    if (!item || !item->geldig_op(nu))
      s.fout(met_deel(deel, veld), "invalid",
             fmt::format("'{}' is geen geldige code uit de referentielijst {}.", code, lijstnaam));
  };
  toets("codeObjecttype", Lijst::soort_object, "Soort object", o.codeObjecttype);
  toets("codeRegister", Lijst::extern_register, "Extern register", o.codeRegister);
  toets("codeSoortObjectId", Lijst::soort_object_id, "Soort object-ID", o.codeSoortObjectId);
}

}  // namespace detail
}  // namespace ki::cases
