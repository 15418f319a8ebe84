#pragma once
// The reference lists of the standard (referentielijsten.md): Kanaal, Land,
// Taal, SoortDigitaalAdres, SoortObject, SoortObjectId, Register. Each is data:
// a table of items with a validity window, filled with the built-in defaults
// and replaceable at run time from a Referentielijsten API document.

#include <chrono>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "klantinteracties/invalid_param.hpp"
#include "klantinteracties/model/values.hpp"

namespace ki::referentielijsten {

// The moment a DateTime denotes: its offset applied; naive counts as UTC
// (KI-KAN-003 library note).
std::chrono::system_clock::time_point als_tijdstip(const DateTime& t);

// One item of a list. The VNG API uses `indicatieActief`, Open Klant's
// Referentielijsten API a validity window; both are kept.
struct Item {
  std::string code;
  std::string naam;
  std::optional<DateTime> begin_geldigheid;  // inclusive; none: open
  std::optional<DateTime> eind_geldigheid;   // exclusive; none: open
  bool indicatie_actief = true;

  // KI-KAN-003: valid iff active and (begin <= now) and (now < eind).
  bool geldig_op(std::chrono::system_clock::time_point now) const;
};

enum class Lijst { kanaal, land, taal, soort_digitaal_adres, soort_object, soort_object_id, extern_register };

// The name of a list as the C ABI, the CLI and Python call it (`kanaal`,
// `soort_digitaal_adres`, ...), and back.
std::string_view naam(Lijst l);
std::optional<Lijst> lijst_uit_naam(std::string_view naam);

struct Tabel {
  Lijst lijst;
  std::string code;  // the table's code in a Referentielijsten API (`KANAAL`)
  std::vector<Item> items;

  const Item* vind(std::string_view code) const;
  // The codes of the items valid at `now`, in list order.
  std::vector<std::string_view> geldige_codes(std::chrono::system_clock::time_point now) const;
};

// All seven lists plus the settings that decide how they are used.
class Referentielijsten {
public:
  // All seven lists empty, kanaal validation off.
  Referentielijsten();

  // The built-in filling of referentielijsten.md (Taal examples, ISO 3166
  // with XK, Soort digitaal adres, Soort object, Soort object-ID, registers).
  // The Kanaal list is empty and kanaal validation is off, as in Open Klant.
  static Referentielijsten standaard();
  // One shared, immutable instance of standaard() (what validation uses when
  // the caller passes no lists).
  static const Referentielijsten& ingebouwd();

  const Tabel& tabel(Lijst l) const;

  // Replaces one list from a JSON document in either shape: the VNG
  // Referentielijsten API (a plain array of {code, naam, indicatieActief} or
  // Land's {landcode, landnaam, ingangsdatumLand, einddatumLand}) or the
  // items page Open Klant reads ({count, next, previous, results: [{code,
  // naam, begindatumGeldigheid, einddatumGeldigheid, ...}]}). Loading a Kanaal
  // list switches kanaal validation on (KI-KAN-001). On failure returns the
  // errors and changes nothing.
  InvalidParams laad(Lijst l, std::string_view json);

  // KI-KAN-001: whether Klantcontact.kanaal is checked against the Kanaal list.
  bool kanaal_validatie() const { return kanaal_validatie_; }
  void set_kanaal_validatie(bool aan) { kanaal_validatie_ = aan; }

  // The clock against which validity windows are judged; default: now.
  std::chrono::system_clock::time_point nu() const;
  void set_klok(std::optional<std::chrono::system_clock::time_point> vast) { klok_ = vast; }

  // ISO 3166-1 alpha-2 as Open Klant accepts it (django-localflavor + XK).
  bool is_landcode(std::string_view code) const;
  // RvIG Tabel 34 code -> ISO 3166-1 alpha-2 (referentielijsten.md §7).
  std::optional<std::string_view> tabel34_naar_iso(std::string_view tabel34) const;

private:
  std::vector<Tabel> tabellen_;
  bool kanaal_validatie_ = false;
  std::optional<std::chrono::system_clock::time_point> klok_;
};

}  // namespace ki::referentielijsten
