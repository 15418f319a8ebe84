#pragma once
// Stateless validation of request bodies, with Open Klant's verdict and
// invalidParams (validation.md). This is the header to include: it brings the
// engine together with every objecttype's rules.
//
//   auto v = ki::rules::validate<ki::Partij>(body);          // POST /partijen
//   if (!v.ok()) for (auto& p : v.errors) ... p.name, p.code, p.reason
//
// Rules that need stored data (existence of references, uniqueness against
// other objects, effective values of PUT/PATCH) are the register's.

#include "klantinteracties/rules/actor.hpp"
#include "klantinteracties/rules/digitaal_adres.hpp"
#include "klantinteracties/rules/gegevensgroepen.hpp"
#include "klantinteracties/rules/interne_taak.hpp"
#include "klantinteracties/rules/klantcontact.hpp"
#include "klantinteracties/rules/options.hpp"
#include "klantinteracties/rules/partij.hpp"
#include "klantinteracties/rules/rekeningnummer.hpp"
#include "klantinteracties/rules/walker.hpp"

namespace ki::rules {

// Compiled once in the library (src/rules/validate.cpp).
extern template Validated<Klantcontact> validate<Klantcontact>(const json::Band&, const Options&);
extern template Validated<Betrokkene> validate<Betrokkene>(const json::Band&, const Options&);
extern template Validated<Bijlage> validate<Bijlage>(const json::Band&, const Options&);
extern template Validated<Onderwerpobject> validate<Onderwerpobject>(const json::Band&,
                                                                     const Options&);
extern template Validated<ActorKlantcontact> validate<ActorKlantcontact>(const json::Band&,
                                                                         const Options&);
extern template Validated<MaakKlantcontact> validate<MaakKlantcontact>(const json::Band&,
                                                                       const Options&);
extern template Validated<Actor> validate<Actor>(const json::Band&, const Options&);
extern template Validated<InterneTaak> validate<InterneTaak>(const json::Band&, const Options&);
extern template Validated<Partij> validate<Partij>(const json::Band&, const Options&);
extern template Validated<PartijIdentificator> validate<PartijIdentificator>(const json::Band&,
                                                                             const Options&);
extern template Validated<DigitaalAdres> validate<DigitaalAdres>(const json::Band&, const Options&);
extern template Validated<Rekeningnummer> validate<Rekeningnummer>(const json::Band&,
                                                                   const Options&);
extern template Validated<Vertegenwoordigden> validate<Vertegenwoordigden>(const json::Band&,
                                                                           const Options&);
extern template Validated<Categorie> validate<Categorie>(const json::Band&, const Options&);
extern template Validated<CategorieRelatie> validate<CategorieRelatie>(const json::Band&,
                                                                       const Options&);

}  // namespace ki::rules
