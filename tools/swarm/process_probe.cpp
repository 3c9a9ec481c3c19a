#include "process_probe.hpp"

#include <dirent.h>
#include <sys/resource.h>
#include <unistd.h>

#include <algorithm>
#include <charconv>
#include <fstream>
#include <sstream>
#include <string>

namespace hr::swarm {
namespace {

std::string read_text(const std::string& path) {
    std::ifstream in(path);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

std::vector<std::string_view> words(std::string_view line) {
    std::vector<std::string_view> out;
    std::size_t i = 0;
    while (i < line.size()) {
        while (i < line.size() && (line[i] == ' ' || line[i] == '\t')) {
            ++i;
        }
        const std::size_t start = i;
        while (i < line.size() && line[i] != ' ' && line[i] != '\t') {
            ++i;
        }
        if (i > start) {
            out.push_back(line.substr(start, i - start));
        }
    }
    return out;
}

template <typename T> std::optional<T> number(std::string_view text, int base = 10) {
    T value{};
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value, base);
    if (error != std::errc() || end != text.data() + text.size()) {
        return std::nullopt;
    }
    return value;
}

double seconds(const timeval& t) {
    return static_cast<double>(t.tv_sec) + static_cast<double>(t.tv_usec) / 1e6;
}

} // namespace

std::optional<double> cpu_seconds_from_stat(std::string_view stat, long ticks_per_second) {
    // The command name (field 2) may hold spaces and parentheses: count fields after the last ')'.
    const auto close = stat.rfind(')');
    if (close == std::string_view::npos || ticks_per_second <= 0) {
        return std::nullopt;
    }
    const auto fields = words(stat.substr(close + 1));
    // After ")": state is field 3, so utime (field 14) and stime (field 15) are at 11 and 12.
    if (fields.size() < 13) {
        return std::nullopt;
    }
    const auto user = number<std::uint64_t>(fields[11]);
    const auto system = number<std::uint64_t>(fields[12]);
    if (!user || !system) {
        return std::nullopt;
    }
    return static_cast<double>(*user + *system) / static_cast<double>(ticks_per_second);
}

std::optional<std::int64_t> status_kb(std::string_view status, std::string_view key) {
    std::size_t pos = 0;
    while (pos < status.size()) {
        auto end = status.find('\n', pos);
        if (end == std::string_view::npos) {
            end = status.size();
        }
        const std::string_view line = status.substr(pos, end - pos);
        pos = end + 1;
        if (line.size() > key.size() && line.substr(0, key.size()) == key &&
            line[key.size()] == ':') {
            const auto fields = words(line.substr(key.size() + 1));
            if (!fields.empty()) {
                return number<std::int64_t>(fields[0]);
            }
        }
    }
    return std::nullopt;
}

std::vector<UdpSocketRow> parse_udp_table(std::string_view table) {
    std::vector<UdpSocketRow> out;
    std::size_t pos = table.find('\n'); // the first line names the columns
    while (pos != std::string_view::npos && pos < table.size()) {
        auto end = table.find('\n', pos + 1);
        if (end == std::string_view::npos) {
            end = table.size();
        }
        const auto fields = words(table.substr(pos + 1, end - pos - 1));
        pos = end;
        // sl local_address rem_address st tx:rx tr:when retrnsmt uid timeout inode ref pointer
        // drops
        if (fields.size() < 13) {
            continue;
        }
        const auto colon = fields[1].rfind(':');
        if (colon == std::string_view::npos) {
            continue;
        }
        const auto local_port = number<std::uint32_t>(fields[1].substr(colon + 1), 16);
        const auto inode = number<std::uint64_t>(fields[9]);
        const auto drops = number<std::uint64_t>(fields[12]);
        if (local_port && inode && drops) {
            out.push_back({static_cast<std::uint16_t>(*local_port), *inode, *drops});
        }
    }
    return out;
}

std::vector<std::uint64_t> udp_inodes_for_port(std::string_view table, std::uint16_t port) {
    std::vector<std::uint64_t> out;
    for (const UdpSocketRow& row : parse_udp_table(table)) {
        if (row.port == port && row.inode != 0) {
            out.push_back(row.inode);
        }
    }
    return out;
}

UdpDrops udp_drops(std::uint16_t port) {
    std::vector<std::uint64_t> own;
    DIR* fds = opendir("/proc/self/fd");
    if (fds != nullptr) {
        while (const dirent* fd = readdir(fds)) {
            char target[128] = {};
            const std::string link = std::string("/proc/self/fd/") + fd->d_name;
            const ssize_t n = readlink(link.c_str(), target, sizeof target - 1);
            const std::string_view t(target, n > 0 ? static_cast<std::size_t>(n) : 0);
            if (t.starts_with("socket:[") && t.ends_with("]")) {
                if (const auto inode = number<std::uint64_t>(t.substr(8, t.size() - 9))) {
                    own.push_back(*inode);
                }
            }
        }
        closedir(fds);
    }
    UdpDrops drops;
    for (const char* table : {"/proc/net/udp", "/proc/net/udp6"}) {
        for (const UdpSocketRow& row : parse_udp_table(read_text(table))) {
            if (std::find(own.begin(), own.end(), row.inode) != own.end()) {
                drops.own += row.drops;
            } else if (row.port == port) {
                drops.port += row.drops;
            }
        }
    }
    return drops;
}

std::optional<ProcessSample> sample_process(int pid) {
    const std::string base = "/proc/" + std::to_string(pid);
    const auto cpu = cpu_seconds_from_stat(read_text(base + "/stat"), sysconf(_SC_CLK_TCK));
    const std::string status = read_text(base + "/status");
    const auto peak = status_kb(status, "VmHWM");
    const auto rss = status_kb(status, "VmRSS");
    if (!cpu || !peak || !rss) {
        return std::nullopt;
    }
    return ProcessSample{*cpu, *peak, *rss};
}

std::optional<int> find_udp_listener(std::uint16_t port) {
    std::vector<std::string> wanted;
    for (const char* table : {"/proc/net/udp", "/proc/net/udp6"}) {
        for (const std::uint64_t inode : udp_inodes_for_port(read_text(table), port)) {
            wanted.push_back("socket:[" + std::to_string(inode) + "]");
        }
    }
    if (wanted.empty()) {
        return std::nullopt;
    }
    DIR* proc = opendir("/proc");
    if (proc == nullptr) {
        return std::nullopt;
    }
    std::optional<int> found;
    const int self = static_cast<int>(getpid());
    while (!found) {
        const dirent* entry = readdir(proc);
        if (entry == nullptr) {
            break;
        }
        const auto pid = number<int>(entry->d_name);
        if (!pid || *pid == self) {
            continue;
        }
        const std::string fd_dir = "/proc/" + std::string(entry->d_name) + "/fd";
        DIR* fds = opendir(fd_dir.c_str());
        if (fds == nullptr) {
            continue; // another user's process
        }
        while (const dirent* fd = readdir(fds)) {
            char target[128] = {};
            const std::string link = fd_dir + "/" + fd->d_name;
            const ssize_t n = readlink(link.c_str(), target, sizeof target - 1);
            if (n > 0 &&
                std::find(wanted.begin(), wanted.end(),
                          std::string(target, static_cast<std::size_t>(n))) != wanted.end()) {
                found = *pid;
                break;
            }
        }
        closedir(fds);
    }
    closedir(proc);
    return found;
}

ProcessSample sample_self() {
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    ProcessSample s;
    s.cpu_seconds = seconds(usage.ru_utime) + seconds(usage.ru_stime);
    s.peak_rss_kb = usage.ru_maxrss;
    s.rss_kb = status_kb(read_text("/proc/self/status"), "VmRSS").value_or(0);
    return s;
}

} // namespace hr::swarm
