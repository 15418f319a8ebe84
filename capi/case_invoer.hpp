#pragma once
// The JSON input documents of ki_register_case() read into the structs of
// ki::cases (cases/gegevens.hpp). The shapes are documented in
// klantinteracties.h; every member is named as the struct's field.

#include <boost/json/object.hpp>
#include <boost/json/value.hpp>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "klantinteracties/cases/cases.hpp"
#include "klantinteracties/invalid_param.hpp"

namespace ki::capi {

// Reads the members of one JSON object; what is wrong goes into `fouten`,
// named by its path (`klant.partij.digitaleAdressen.0.adres`). Members nobody
// asked for are reported by rest().
class Lezer {
public:
  Lezer(const boost::json::value& v, std::string pad, InvalidParams& fouten);

  bool ok() const { return obj_ != nullptr; }
  InvalidParams& fouten() { return fouten_; }
  // A reader of the member `naam` (an object), or none when it is absent.
  std::optional<Lezer> kind(std::string_view naam, bool vereist = false);

  std::optional<std::string> tekst(std::string_view naam, bool vereist = false);
  std::optional<bool> vlag(std::string_view naam);
  // true/false, or JSON null (kept as an empty optional in `null`).
  bool vlag_of_null(std::string_view naam, std::optional<bool>& out);
  std::optional<std::size_t> index(std::string_view naam);
  std::optional<Uuid> uuid(std::string_view naam, bool vereist = false);
  std::vector<Uuid> uuids(std::string_view naam, bool vereist = false);
  std::optional<DateTime> moment(std::string_view naam);
  // The member itself, for a nested reader (null when absent).
  const boost::json::value* lid(std::string_view naam, bool vereist = false);
  std::string pad(std::string_view naam) const;
  void fout(std::string_view naam, std::string_view code, std::string_view reden);
  // Reports every member that was not read.
  void rest();

private:
  const boost::json::object* obj_ = nullptr;
  std::string pad_;
  InvalidParams& fouten_;
  std::vector<std::string> gelezen_;
};

cases::KlantcontactGegevens lees_klantcontact(Lezer& ouder, std::string_view naam);
cases::DigitaalAdresGegevens lees_digitaal_adres(const boost::json::value& v, std::string pad,
                                                 InvalidParams& fouten);
std::vector<cases::DigitaalAdresGegevens> lees_digitale_adressen(Lezer& ouder,
                                                                 std::string_view naam);
std::optional<Contactnaam> lees_contactnaam(Lezer& ouder, std::string_view naam,
                                            bool vereist = false);
std::optional<Adres> lees_adres(Lezer& ouder, std::string_view naam);
cases::PartijGegevens lees_partij(const boost::json::value& v, std::string pad,
                                  InvalidParams& fouten);
cases::BetrokkeneGegevens lees_betrokkene(Lezer& ouder, std::string_view naam);
cases::Klant lees_klant(Lezer& ouder, std::string_view naam);
std::optional<cases::InterneTaakGegevens> lees_interne_taak(Lezer& ouder, std::string_view naam,
                                                            bool vereist = false);
// An Objectverwijzing object, or a uuid string that `standaard` turns into one
// (cases::productaanvraag, cases::zaak).
std::optional<cases::Objectverwijzing> lees_objectverwijzing(
    Lezer& ouder, std::string_view naam, cases::Objectverwijzing (*standaard)(const Uuid&),
    bool vereist = false);
std::optional<cases::Zaak> lees_zaak(Lezer& ouder, std::string_view naam);

}  // namespace ki::capi
