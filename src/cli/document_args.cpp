// The command line and the input of the subcommands that judge one document
// (roundtrip; validate will use the same).

#include <algorithm>
#include <cerrno>
#include <charconv>
#include <cstdint>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <sstream>

#include "cli.hpp"

namespace ki::cli {

namespace {

bool positief_getal(std::string_view s, std::size_t& n) {
  const auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), n);
  return ec == std::errc() && p == s.data() + s.size() && n > 0;
}

// At most `max` bytes of `in`.
std::string lees_begrensd(std::istream& in, std::size_t max) {
  std::string text;
  char buf[65536];
  while (text.size() < max && in.read(buf, static_cast<std::streamsize>(
                                               std::min<std::size_t>(sizeof buf, max - text.size()))))
    text.append(buf, static_cast<std::size_t>(in.gcount()));
  if (text.size() < max) text.append(buf, static_cast<std::size_t>(in.gcount()));
  return text;
}

}  // namespace

std::optional<DocumentArgs> parse_document_args(std::string_view command, std::string_view usage,
                                                Args args, Io& io, int& exit_code) {
  const std::string cmd = "klantinteracties " + std::string(command);
  auto fail = [&](const std::string& message) {
    exit_code = usage_error(io, cmd, message);
    return std::nullopt;
  };

  DocumentArgs out;
  std::optional<std::string_view> type;
  bool file_seen = false;
  bool options_done = false;
  for (std::size_t i = 0; i < args.size(); ++i) {
    const std::string_view a = args[i];
    if (!options_done && (a == "--help" || a == "-h")) {
      io.out << usage;
      exit_code = exit_ok;
      return std::nullopt;
    }
    if (!options_done && (a == "--type" || a == "-t")) {
      if (i + 1 == args.size()) return fail("option '" + std::string(a) + "' needs a value");
      type = args[++i];
    } else if (!options_done && a.starts_with("--type=")) {
      type = a.substr(7);
    } else if (!options_done && (a == "--max-bytes" || a == "--max-depth")) {
      std::size_t n = 0;
      if (i + 1 == args.size() || !positief_getal(args[i + 1], n))
        return fail("option '" + std::string(a) + "' needs a positive number");
      ++i;
      (a == "--max-bytes" ? out.limieten.max_bytes : out.limieten.max_diepte) = n;
    } else if (!options_done && a == "--") {
      options_done = true;
    } else if (!options_done && a.size() > 1 && a.starts_with('-')) {
      return fail("unknown option '" + std::string(a) + "'");
    } else {
      if (file_seen) return fail("more than one input file ('" + std::string(a) + "')");
      out.file = std::string(a);
      file_seen = true;
    }
  }
  if (!type) return fail("missing --type: name the OpenAPI component, e.g. --type Klantcontact");
  out.component = json::find_component(*type);
  if (out.component == nullptr) return fail("unknown type '" + std::string(*type) + "'");
  return out;
}

std::optional<std::string> read_document(std::string_view command, const std::string& file,
                                         Io& io, std::size_t max_bytes) {
  const std::size_t max = max_bytes == SIZE_MAX ? max_bytes : max_bytes + 1;
  auto fail = [&](const std::string& message) {
    io.err << "klantinteracties " << command << ": " << message << '\n';
    return std::nullopt;
  };
  if (file == "-") {
    std::string text = lees_begrensd(io.in, max);
    if (io.in.bad()) return fail("cannot read standard input");
    return text;
  }
  std::error_code ec;
  if (std::filesystem::is_directory(file, ec))
    return fail("cannot read '" + file + "': is a directory");
  std::ifstream in(file, std::ios::binary);
  if (!in) return fail("cannot read '" + file + "': " + std::strerror(errno));
  std::string text = lees_begrensd(in, max);
  if (in.bad()) return fail("cannot read '" + file + "'");
  return text;
}

}  // namespace ki::cli
