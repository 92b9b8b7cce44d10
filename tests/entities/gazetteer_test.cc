// Copyright (c) 2026 The corroborate Authors. All rights reserved.
// Use of this source code is governed by an MIT-style license.
//
// LoadGazetteer and the Gazetteer's lookups on small files written here (the
// real file is read in entities_corpus_tests).

#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include <gtest/gtest.h>
#include <unistd.h>

#include "corroborate/entities.h"

namespace corroborate {
namespace {

// A directory of files written for one test, removed after it.
class GazetteerTest : public testing::Test {
 protected:
  void TearDown() override { std::filesystem::remove_all(dir_); }

  // Writes `text` to the file `name` and returns its path.
  std::string WriteFile(const std::string& name, const std::string& text) {
    std::filesystem::create_directories(dir_);
    std::string path = (dir_ / name).string();
    std::ofstream(path, std::ios::binary) << text;
    return path;
  }

 private:
  std::filesystem::path dir_ = std::filesystem::temp_directory_path() /
                               ("gazetteer_test_" + std::to_string(getpid()));
};

// kind, id, name, country, latitude, longitude, population, aliases,
// capitals, demonym: the columns build_gazetteer.js writes.
const char kFile[] =
    "C\t578\tNorway\tNO\t62\t10\t0\tKingdom of Norway|NO\tOslo\tNorwegian\n"
    "P\t1\tValdez\tCL\t-40\t-73\t3000\t\t\t\r\n"
    "\n"
    "P\t2\tValdéz\tPE\t-8\t-77\t90000\tValdez\t\t\n"
    "P\t3\tOslo\tNO\t59.9\t10.7\t700000\t\t\t\n";

std::vector<int64_t> Ids(const std::vector<const GazetteerEntry*>& found) {
  std::vector<int64_t> ids;
  for (const GazetteerEntry* e : found) ids.push_back(e->id);
  return ids;
}

TEST_F(GazetteerTest, LoadsRecordsAndFindsFoldedNamesInFileOrder) {
  Result<Gazetteer> g = LoadGazetteer(WriteFile("ok.tsv", kFile));
  ASSERT_TRUE(g.ok()) << g.status().ToString();
  EXPECT_EQ(g->size(), 4u);
  // "Valdéz" folds to "valdez" and also has the alias "Valdez": one hit.
  EXPECT_EQ(Ids(g->Find("VALDEZ")), (std::vector<int64_t>{1, 2}));
  EXPECT_EQ(Ids(g->Find("kingdom of norway")), (std::vector<int64_t>{578}));
  EXPECT_TRUE(g->Find("Bergen").empty());
  // The CRLF line's last field keeps no carriage return.
  EXPECT_EQ(g->Find("Valdez").front()->demonym, "");
  EXPECT_EQ(Ids(g->FindBySkeleton("Valdes")), (std::vector<int64_t>{1, 2}));
  ASSERT_NE(g->CountryByCapital("oslo"), nullptr);
  EXPECT_EQ(g->CountryByCapital("oslo")->name, "Norway");
  ASSERT_NE(g->PlaceByDemonym("Norwegian"), nullptr);
  EXPECT_EQ(g->Country("NO")->id, 578);
  EXPECT_EQ(g->Country("PE"), nullptr);
}

TEST_F(GazetteerTest, AddAfterLoadKeepsEveryLookup) {
  Result<Gazetteer> g = LoadGazetteer(WriteFile("add.tsv", kFile));
  ASSERT_TRUE(g.ok());
  GazetteerEntry town;
  town.id = 9;
  town.name = "Valdez";
  town.country = "US";
  g->Add(town);
  GazetteerEntry other;
  other.id = 10;
  other.name = "Aardal";
  g->Add(other);
  EXPECT_EQ(Ids(g->Find("valdez")), (std::vector<int64_t>{1, 2, 9}));
  EXPECT_EQ(Ids(g->Find("Aardal")), (std::vector<int64_t>{10}));
  EXPECT_EQ(Ids(g->Find("Oslo")), (std::vector<int64_t>{3}));
  EXPECT_EQ(g->size(), 6u);
}

// Names that share their first eight bytes, or are a prefix of another, are
// told apart by the whole name, whichever order they come in.
TEST_F(GazetteerTest, NamesSharingALongPrefixStayApart) {
  Gazetteer g;
  const char* names[] = {"Saint Petersburg", "Saint Peter Port", "Saint Pete",
                         "Saint Peter",      "Saint Paul",       "Saint"};
  std::vector<GazetteerEntry> entries;
  for (int64_t id = 1; const char* name : names) {
    GazetteerEntry e;
    e.id = id++;
    e.name = name;
    entries.push_back(e);
  }
  // Added in two halves, the second merged into the first.
  std::vector<GazetteerEntry> second(entries.begin() + 3, entries.end());
  entries.resize(3);
  g.AddAll(second);
  g.AddAll(entries);
  for (int64_t id = 1; const char* name : names) {
    EXPECT_EQ(Ids(g.Find(name)), (std::vector<int64_t>{id++})) << name;
  }
  EXPECT_TRUE(g.Find("Saint Peters").empty());
  EXPECT_TRUE(g.Find("Saint Petersburg Oblast").empty());
}

TEST_F(GazetteerTest, MalformedRecordNamesFileAndLine) {
  std::string path = WriteFile(
      "bad.tsv", std::string(kFile) + "P\t4\tBergen\tNO\tnorth\t5\t0\t\t\t\n");
  Result<Gazetteer> g = LoadGazetteer(path);
  ASSERT_FALSE(g.ok());
  EXPECT_NE(g.status().ToString().find(path), std::string::npos);
  EXPECT_NE(g.status().ToString().find("line 6"), std::string::npos)
      << g.status().ToString();
  // Eleven fields is as wrong as nine.
  EXPECT_FALSE(
      LoadGazetteer(WriteFile("long.tsv", "P\t1\tA\tNO\t1\t1\t0\t\t\t\t\n"))
          .ok());
  EXPECT_FALSE(
      LoadGazetteer(WriteFile("short.tsv", "P\t1\tA\tNO\t1\t1\t0\t\t\n")).ok());
}

TEST_F(GazetteerTest, MissingFileIsNotFound) {
  Result<Gazetteer> g = LoadGazetteer("/nonexistent/gazetteer.tsv");
  ASSERT_FALSE(g.ok());
  EXPECT_NE(g.status().ToString().find("cannot open gazetteer"),
            std::string::npos);
}

}  // namespace
}  // namespace corroborate
