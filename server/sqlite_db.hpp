#pragma once
// A thin RAII layer over the SQLite C API: a connection and prepared statements that throw
// StorageError on failure, so that the store's code reads as a list of statements.
#include <cstdint>
#include <span>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

struct sqlite3;
struct sqlite3_stmt;

namespace hr::server {

class StorageError : public std::runtime_error {
  public:
    using std::runtime_error::runtime_error;
};

class Statement {
  public:
    Statement(sqlite3* db, std::string_view sql);
    Statement(Statement&& other) noexcept;
    Statement& operator=(Statement&&) = delete;
    ~Statement();

    // Binding is 1-based, like SQLite's.
    Statement& bind(int index, std::int64_t value);
    Statement& bind(int index, std::string_view text);
    Statement& bind(int index, std::span<const std::uint8_t> blob);
    Statement& bind_null(int index);

    // Runs to the next row: true while there is one.
    bool step();
    // Runs a statement that returns no rows, and resets it for the next use.
    void run();
    void reset();

    std::int64_t integer(int column) const;
    std::string text(int column) const;
    std::vector<std::uint8_t> blob(int column) const;
    bool is_null(int column) const;

  private:
    sqlite3* db_;
    sqlite3_stmt* stmt_ = nullptr;
};

// ReadOnly never creates or changes the file: the export reads a database while the server
// writes to it (in WAL mode a reader sees the last commit and does not block the writer).
enum class OpenMode { ReadWrite, ReadOnly };

class Database {
  public:
    explicit Database(const std::string& path, OpenMode mode = OpenMode::ReadWrite);
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;
    ~Database();

    void exec(std::string_view sql);
    Statement prepare(std::string_view sql) { return Statement(db_, sql); }
    sqlite3* handle() { return db_; }

  private:
    sqlite3* db_ = nullptr;
};

} // namespace hr::server
