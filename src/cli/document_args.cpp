// The command line and the input of the subcommands that judge one document
// (roundtrip; validate will use the same).

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <sstream>

#include "cli.hpp"

namespace ki::cli {

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
                                         Io& io) {
  auto fail = [&](const std::string& message) {
    io.err << "klantinteracties " << command << ": " << message << '\n';
    return std::nullopt;
  };
  if (file == "-") {
    std::ostringstream text;
    text << io.in.rdbuf();
    if (io.in.bad()) return fail("cannot read standard input");
    return std::move(text).str();
  }
  std::error_code ec;
  if (std::filesystem::is_directory(file, ec))
    return fail("cannot read '" + file + "': is a directory");
  std::ifstream in(file, std::ios::binary);
  if (!in) return fail("cannot read '" + file + "': " + std::strerror(errno));
  std::string text{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
  if (in.bad()) return fail("cannot read '" + file + "'");
  return text;
}

}  // namespace ki::cli
