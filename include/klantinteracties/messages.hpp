#pragma once
// Open Klant's error codes and message texts that more than one rule uses
// (validation.md §1). Texts with a {placeholder} are fmt format strings.

#include <string_view>

namespace ki::msg {

inline constexpr std::string_view required = "Dit veld is vereist.";                // KI-GEN-001
inline constexpr std::string_view null = "Dit veld mag niet leeg zijn.";            // KI-GEN-002
inline constexpr std::string_view blank = "Dit veld mag niet leeg zijn.";           // KI-GEN-003
inline constexpr std::string_view max_length =                                      // KI-GEN-004
    "Zorg ervoor dat dit veld niet meer dan {} karakters bevat.";
inline constexpr std::string_view min_length =                                      // KI-GEN-005
    "Zorg ervoor dat dit veld minimaal {} karakters bevat.";
inline constexpr std::string_view invalid_choice = "\"{}\" is een ongeldige keuze.";  // KI-GEN-006
inline constexpr std::string_view not_a_string = "Not a valid string.";             // KI-GEN-007
inline constexpr std::string_view not_a_boolean = "Must be a valid boolean.";       // KI-GEN-008
inline constexpr std::string_view not_an_integer = "Een geldig getal is vereist.";  // KI-GEN-009
inline constexpr std::string_view integer_too_long =                                // KI-GEN-009
    "Zorg ervoor dat deze waarde niet meer dan 1000 karakters bevat.";
inline constexpr std::string_view min_value =                                       // KI-GEN-010
    "Zorg ervoor dat deze waarde groter is dan of gelijk is aan {}.";
inline constexpr std::string_view max_value =                                       // KI-GEN-010
    "Zorg ervoor dat deze waarde kleiner is dan of gelijk is aan {}.";
inline constexpr std::string_view not_a_date =                                      // KI-GEN-011
    "Date heeft het verkeerde formaat, gebruik 1 van deze formaten: YYYY-MM-DD.";
inline constexpr std::string_view not_a_date_time =                                 // KI-GEN-012
    "Datetime heeft een ongeldig formaat, gebruik 1 van de volgende formaten: "
    "YYYY-MM-DDThh:mm[:ss[.uuuuuu]][+HH:MM|-HH:MM|Z].";
inline constexpr std::string_view not_a_uuid = "Must be a valid UUID.";             // KI-GEN-013
inline constexpr std::string_view bestaat_niet = "{} object bestaat niet.";         // KI-GEN-014
inline constexpr std::string_view not_a_dict_nested =                               // KI-GEN-015/024
    "Ongeldige data. Verwacht een dictionary, kreeg een {}.";
inline constexpr std::string_view not_a_list =                                      // KI-GEN-016
    "Verwachtte een lijst met items, maar kreeg type \"{}\".";
inline constexpr std::string_view not_a_dict =                                      // KI-MD-001
    "Verwachtte een dictionary van items, maar kreeg type \"{}\".";
inline constexpr std::string_view no_data = "No data provided";                     // KI-GEN-024
inline constexpr std::string_view null_characters =                                 // KI-GEN-019
    "Null characters are not allowed.";
inline constexpr std::string_view surrogate_characters =                            // KI-GEN-019
    "Surrogate characters are not allowed: U+{:X}.";
inline constexpr std::string_view parse_error = "JSON parse error - {}";

}  // namespace ki::msg
