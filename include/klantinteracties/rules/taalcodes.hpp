#pragma once
#include <string_view>

namespace ki::rules {

// Whether `code` is an ISO 639-2 language code (B or T form, lower case).
bool is_iso639_2(std::string_view code);

}  // namespace ki::rules
