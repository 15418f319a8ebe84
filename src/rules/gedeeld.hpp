#pragma once
// Checks that more than one objecttype uses, with Open Klant's messages.

#include <string_view>

#include "klantinteracties/json/error_path.hpp"
#include "klantinteracties/model/field.hpp"
#include "klantinteracties/model/values.hpp"

namespace ki::rules {

// KI-GEN-022: nummer / referentienummer must be an integer text.
void check_nummer(std::string_view v, json::ErrorPath& err);
// KI-TEL-001, KI-TEL-002 (first failing one).
void check_telefoonnummer(std::string_view v, json::ErrorPath& err);
// KI-EML-001/002/003.
void check_emailadres(std::string_view v, json::ErrorPath& err);
// Strict profile: an ISO 639-2 language code (referentielijsten.md §4.1).
void check_taalcode_strict(std::string_view v, json::ErrorPath& err);
// Strict profile: a date-time with an explicit offset or Z (model.md §1.6).
void check_tijdzone_strict(const Field<DateTime>& t, json::ErrorPath& err);

}  // namespace ki::rules
