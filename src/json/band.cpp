// Parsing JSON text into a Band (own reader first, band_lezer.cpp; then
// Boost.JSON's tokenizer, basic_parser; then json::parse), and the
// conversions between a Band and a boost::json::value.

#include "klantinteracties/json/band.hpp"

#include <boost/json/basic_parser_impl.hpp>
#include <boost/unordered/unordered_flat_map.hpp>

#include <algorithm>
#include <cstring>
#include <limits>
#include <stdexcept>

#include "band_bouwer.hpp"
#include "klantinteracties/json/codec.hpp"

namespace ki::json {

// An object's members as boost::json::parse keeps them: the last value of a
// key, at the key's first place.
Leden leden_zonder_dubbele(const Knoop& obj) {
  Leden leden;
  leden.reserve(obj.size());
  boost::unordered_flat_map<std::string_view, std::size_t> plaats;
  for (const Lid lid : obj.leden()) {
    if (obj.size() <= 16) {
      const auto zelfde = [&](const Lid& l) { return l.key() == lid.key(); };
      if (auto it = std::find_if(leden.begin(), leden.end(), zelfde); it != leden.end()) {
        *it = lid;
        continue;
      }
    } else if (auto [it, nieuw] = plaats.try_emplace(lid.key(), leden.size()); !nieuw) {
      leden[it->second] = lid;
      continue;
    }
    leden.push_back(lid);
  }
  return leden;
}

boost::json::value Knoop::als_value(boost::json::storage_ptr storage) const {
  switch (kind_) {
    case boost::json::kind::null:
      return boost::json::value(nullptr, storage);
    case boost::json::kind::bool_:
      return boost::json::value(bool_, storage);
    case boost::json::kind::int64:
      return boost::json::value(int64_, storage);
    case boost::json::kind::uint64:
      return boost::json::value(uint64_, storage);
    case boost::json::kind::double_:
      return boost::json::value(double_, storage);
    case boost::json::kind::string:
      return boost::json::value(boost::json::string_view(tekst_, grootte_), storage);
    case boost::json::kind::array: {
      boost::json::array arr(storage);
      arr.reserve(grootte_);
      for (const Knoop& e : elementen()) arr.push_back(e.als_value(storage));
      return arr;
    }
    case boost::json::kind::object: {
      boost::json::object obj(storage);
      obj.reserve(grootte_);
      // As boost::json::parse: the last value of a key, at its first place.
      for (const Lid lid : leden()) obj[lid.key()] = lid.value().als_value(storage);
      return obj;
    }
  }
  return nullptr;
}

namespace {

// The basic_parser handler. Strings arrive whole and in place unless they
// had escapes or were split; those are kept in the Band.
class Handler {
public:
  // The same bounds as boost::json::parse's own handler.
  static constexpr std::size_t max_object_size = boost::json::object::max_size();
  static constexpr std::size_t max_array_size = boost::json::array::max_size();
  static constexpr std::size_t max_key_size = boost::json::string::max_size();
  static constexpr std::size_t max_string_size = boost::json::string::max_size();

  Handler(Band& band, std::string_view text) : bouwer_{band}, text_(text) {}

  bool on_document_begin(boost::system::error_code&) { return true; }
  bool on_document_end(boost::system::error_code&) { return true; }
  bool on_object_begin(boost::system::error_code&) { return open(boost::json::kind::object); }
  bool on_object_end(std::size_t n, boost::system::error_code&) { return sluit(n); }
  bool on_array_begin(boost::system::error_code&) { return open(boost::json::kind::array); }
  bool on_array_end(std::size_t n, boost::system::error_code&) { return sluit(n); }
  bool on_key_part(boost::json::string_view s, std::size_t, boost::system::error_code&) {
    deel_.append(s.data(), s.size());
    return true;
  }
  bool on_key(boost::json::string_view s, std::size_t, boost::system::error_code&) {
    return tekst(s);
  }
  bool on_string_part(boost::json::string_view s, std::size_t, boost::system::error_code&) {
    deel_.append(s.data(), s.size());
    return true;
  }
  bool on_string(boost::json::string_view s, std::size_t, boost::system::error_code&) {
    return tekst(s);
  }
  bool on_number_part(boost::json::string_view, boost::system::error_code&) { return true; }
  bool on_int64(std::int64_t i, boost::json::string_view, boost::system::error_code&) {
    bouwer_.int64(i);
    return true;
  }
  bool on_uint64(std::uint64_t u, boost::json::string_view, boost::system::error_code&) {
    bouwer_.uint64(u);
    return true;
  }
  bool on_double(double d, boost::json::string_view, boost::system::error_code&) {
    bouwer_.dubbel(d);
    return true;
  }
  bool on_bool(bool b, boost::system::error_code&) {
    bouwer_.boolean(b);
    return true;
  }
  bool on_null(boost::system::error_code&) {
    bouwer_.nieuw(boost::json::kind::null);
    return true;
  }
  bool on_comment_part(boost::json::string_view, boost::system::error_code&) { return true; }
  bool on_comment(boost::json::string_view, boost::system::error_code&) { return true; }

private:
  bool open(boost::json::kind kind) {
    open_.push_back(bouwer_.open(kind));
    return true;
  }
  bool sluit(std::size_t n) {
    bouwer_.sluit(open_.back(), n);
    open_.pop_back();
    return true;
  }
  // A whole string in the text (the common case) is taken in place.
  bool tekst(boost::json::string_view s) {
    if (deel_.empty() && s.data() >= text_.data() &&
        s.data() + s.size() <= text_.data() + text_.size()) [[likely]] {
      bouwer_.tekst(boost::json::kind::string, s.data(), s.size());
      return true;
    }
    return bewaarde_tekst(s);
  }
  // A string that had escapes or came in parts: kept in the Band.
  [[gnu::noinline]] bool bewaarde_tekst(boost::json::string_view s) {
    if (!deel_.empty()) {
      deel_.append(s.data(), s.size());
      bouwer_.tekst(boost::json::kind::string, bouwer_.bewaar(deel_), deel_.size());
      deel_.clear();
    } else {
      bouwer_.tekst(boost::json::kind::string, bouwer_.bewaar(s), s.size());
    }
    return true;
  }

  BandBouwer bouwer_;
  std::string_view text_;
  boost::container::small_vector<std::size_t, 16> open_;
  std::string deel_;  // a string that came in parts
};

}  // namespace

Band::Band(const boost::json::value& body) { neem(body); }

void Band::neem(const boost::json::value& v) {
  BandBouwer b{*this};
  switch (v.kind()) {
    case boost::json::kind::null:
      b.nieuw(v.kind());
      return;
    case boost::json::kind::bool_:
      b.boolean(v.get_bool());
      return;
    case boost::json::kind::int64:
      b.int64(v.get_int64());
      return;
    case boost::json::kind::uint64:
      b.uint64(v.get_uint64());
      return;
    case boost::json::kind::double_:
      b.dubbel(v.get_double());
      return;
    case boost::json::kind::string:
      b.tekst(v.kind(), v.get_string().data(), v.get_string().size());
      return;
    case boost::json::kind::array: {
      const std::size_t index = b.open(v.kind());
      for (const auto& e : v.get_array()) neem(e);
      b.sluit(index, v.get_array().size());
      return;
    }
    case boost::json::kind::object: {
      const std::size_t index = b.open(v.kind());
      for (const auto& kv : v.get_object()) {
        b.tekst(boost::json::kind::string, kv.key().data(), kv.key().size());
        neem(kv.value());
      }
      b.sluit(index, v.get_object().size());
      return;
    }
  }
}

bool detail::lees_tokenizer(std::string_view text, Band& band, std::size_t max_diepte) {
  BandBouwer{band}.leeg();
  boost::json::parse_options opt;
  opt.max_depth = max_diepte;
  boost::json::basic_parser<Handler> p(opt, band, text);
  boost::system::error_code ec;
  const std::size_t n = p.write_some(false, text.data(), text.size(), ec);
  return !ec && n == text.size();
}

bool lees(std::string_view text, Band& band, InvalidParams& errors, const Limieten& limieten) {
  if (text.size() <= limieten.max_bytes &&
      (detail::lees_gewoon(text, band, limieten.max_diepte) ||
       detail::lees_tokenizer(text, band, limieten.max_diepte)))
    return true;
  // Whatever the tokenizer refused, json::parse names it (or reads it, as
  // with lone surrogate escapes): the Band then reads that DOM.
  band.knopen_.clear();
  band.dom_.emplace(parse(text, errors, limieten));
  if (!errors.empty()) return false;
  band.neem(*band.dom_);
  return true;
}

}  // namespace ki::json
