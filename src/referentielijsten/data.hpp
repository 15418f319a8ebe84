#pragma once
// Internal: the built-in data tables (referentielijsten.md §2, §6, §7).

#include <span>
#include <string_view>

namespace ki::referentielijsten::detail {

struct Rij {
  std::string_view code;
  std::string_view naam;
};

struct Tabel34Rij {
  std::string_view tabel34;
  std::string_view iso;
};

// §6: ISO 3166-1 alpha-2 as Open Klant accepts it (250 codes, XK last).
std::span<const std::string_view> iso3166();
// §7: Open Klant's Tabel 34 -> ISO mapping (223 rows, ascending Tabel 34 code).
std::span<const Tabel34Rij> tabel34();

// §2: the VNG voorbeeldvulling (2024-01-29).
std::span<const Rij> talen();                // §2.4, 55 rows
std::span<const Rij> soorten_digitaal_adres();  // §2.3, 6 rows
std::span<const Rij> externe_registers();    // §2.5, 8 rows
std::span<const Rij> soorten_object();       // §2.6, 12 rows
std::span<const Rij> soorten_object_id();    // §2.7, 11 rows (no code 5)

}  // namespace ki::referentielijsten::detail
