// POST /maak-klantcontact (model.md §3.6, validation.md §15): a klantcontact
// with optionally one betrokkene and one onderwerpobject, in one transaction.

#include <mutex>

#include "impl.hpp"

namespace ki {

Antwoord Register::maak_klantcontact(const boost::json::value& body) {
  auto& r = *impl_;
  auto lock = r.schrijfslot();
  const OpslagOpzoeker opzoeker(r.opslag);
  auto v =
      rules::validate<MaakKlantcontact>(body, r.regels(rules::Modus::create, nullptr, opzoeker));
  if (!v.ok()) return r.ongeldig(std::move(v.errors));

  Klantcontact kc = *v.value.klantcontact;
  kc.uuid = r.nieuwe_uuid();
  Ref<Klantcontact> naar_kc;
  naar_kc.uuid = *kc.uuid;
  std::optional<Betrokkene> betrokkene;
  if (v.value.betrokkene.has_value()) {
    betrokkene = *v.value.betrokkene;
    betrokkene->uuid = r.nieuwe_uuid();
    betrokkene->hadKlantcontact = naar_kc;  // KI-MK-002
  }
  std::optional<Onderwerpobject> onderwerpobject;
  if (v.value.onderwerpobject.has_value()) {
    onderwerpobject = *v.value.onderwerpobject;
    onderwerpobject->uuid = r.nieuwe_uuid();
    onderwerpobject->klantcontact = naar_kc;  // KI-MK-002
  }

  // The stored-data rules of each part, named with the part's prefix.
  json::ErrorPath err;
  {
    json::PathSegment deel(err, "klantcontact");
    controleer_opgeslagen(r, kc, *v.value.klantcontact, static_cast<const Klantcontact*>(nullptr), rules::Modus::create, err);
  }
  if (err.count()) return r.ongeldig(err.take());

  opslag::Transactie t(r.opslag);
  sla_op(r, t, kc, *v.value.klantcontact, static_cast<const Klantcontact*>(nullptr), rules::Modus::create);
  if (betrokkene)
    sla_op(r, t, *betrokkene, *betrokkene, static_cast<const Betrokkene*>(nullptr), rules::Modus::create);
  if (onderwerpobject)
    sla_op(r, t, *onderwerpobject, *onderwerpobject, static_cast<const Onderwerpobject*>(nullptr), rules::Modus::create);

  // Rendered before the commit, so that a failure here undoes the write too.
  boost::json::object antwoord;
  antwoord["klantcontact"] =
      json::encode(r.weergave.render(*r.opslag.van<Klantcontact>().vind(*kc.uuid)));
  antwoord["betrokkene"] =
      betrokkene ? json::encode(r.weergave.render(*r.opslag.van<Betrokkene>().vind(*betrokkene->uuid)))
                 : boost::json::value(nullptr);
  antwoord["onderwerpobject"] =
      onderwerpobject ? json::encode(r.weergave.render(
                            *r.opslag.van<Onderwerpobject>().vind(*onderwerpobject->uuid)))
                      : boost::json::value(nullptr);
  Antwoord a{HttpStatus::created, std::move(antwoord)};
  t.commit();
  return a;
}

}  // namespace ki
