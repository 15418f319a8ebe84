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
extern template Validated<Klantcontact> validate<Klantcontact>(const boost::json::value&,
                                                               const Options&);
extern template Validated<Betrokkene> validate<Betrokkene>(const boost::json::value&,
                                                           const Options&);
extern template Validated<Bijlage> validate<Bijlage>(const boost::json::value&, const Options&);
extern template Validated<Onderwerpobject> validate<Onderwerpobject>(const boost::json::value&,
                                                                     const Options&);
extern template Validated<ActorKlantcontact> validate<ActorKlantcontact>(
    const boost::json::value&, const Options&);
extern template Validated<MaakKlantcontact> validate<MaakKlantcontact>(const boost::json::value&,
                                                                       const Options&);
extern template Validated<Actor> validate<Actor>(const boost::json::value&, const Options&);
extern template Validated<InterneTaak> validate<InterneTaak>(const boost::json::value&,
                                                             const Options&);
extern template Validated<Partij> validate<Partij>(const boost::json::value&, const Options&);
extern template Validated<PartijIdentificator> validate<PartijIdentificator>(
    const boost::json::value&, const Options&);
extern template Validated<DigitaalAdres> validate<DigitaalAdres>(const boost::json::value&,
                                                                 const Options&);
extern template Validated<Rekeningnummer> validate<Rekeningnummer>(const boost::json::value&,
                                                                   const Options&);
extern template Validated<Vertegenwoordigden> validate<Vertegenwoordigden>(
    const boost::json::value&, const Options&);
extern template Validated<Categorie> validate<Categorie>(const boost::json::value&,
                                                         const Options&);
extern template Validated<CategorieRelatie> validate<CategorieRelatie>(const boost::json::value&,
                                                                       const Options&);

}  // namespace ki::rules
