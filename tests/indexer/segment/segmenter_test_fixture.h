// Test support for the paragraph segmenter's tests: a fixture that segments raw
// report text (cleaned as the pipeline cleans it) or a bundled seed report, and
// finders that fail the test when the paragraph they look for is missing.
#pragma once

#include <gtest/gtest.h>

#include <string>

#include "indexer/segment/paragraph_segmenter.h"
#include "stemming/text_normaliser.h"
#include "support/seed_text.h"

namespace ofsearch::testing {

// The SLAC report among the bundled seeds (corpus/reports/).
inline constexpr const char* kSlac = "002_e52ea3f525227045.txt";

class SegmenterTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    grades_ = new GradeScale(GradeScale::load(OFSEARCH_SOURCE_DIR "/corpus/grades.tsv"));
    cues_ = new SegmenterCues(SegmenterCues::load(OFSEARCH_SOURCE_DIR "/corpus"));
  }
  static void TearDownTestSuite() {
    delete grades_;
    delete cues_;
  }
  static SegmentedText segment(const std::string& raw) {
    return ParagraphSegmenter(*grades_, *cues_).segment(clean_text(raw));
  }
  static SegmentedText seed(const std::string& name) { return segment(read_seed(name)); }

  // The one paragraph with this printed number (fails the test when not exactly one).
  static const Paragraph* numbered(const SegmentedText& s, const std::string& number) {
    const Paragraph* found = nullptr;
    int count = 0;
    for (const auto& p : s.paragraphs) {
      if (p.number == number) {
        found = &p;
        ++count;
      }
    }
    EXPECT_EQ(count, 1) << "paragraph " << number;
    return count == 1 ? found : nullptr;
  }
  // The first paragraph whose whole text is `text`.
  static const Paragraph* exactly(const SegmentedText& s, const std::string& text) {
    for (const auto& p : s.paragraphs) {
      if (p.text == text) return &p;
    }
    ADD_FAILURE() << "no paragraph is: " << text;
    return nullptr;
  }
  // The first paragraph whose text contains the phrase.
  static const Paragraph* containing(const SegmentedText& s, const std::string& phrase) {
    for (const auto& p : s.paragraphs) {
      if (p.text.find(phrase) != std::string::npos) return &p;
    }
    ADD_FAILURE() << "no paragraph contains: " << phrase;
    return nullptr;
  }
  static std::string grade_of(const std::optional<Grade>& g) { return g ? g->word : "(none)"; }
  static std::string judgement(const SegmentedText& s, const std::string& area_words) {
    for (const auto& j : s.judgements) {
      if (fold_key(j.area).find(area_words) != std::string::npos) return j.grade.word;
    }
    return "(none)";
  }

  static inline GradeScale* grades_ = nullptr;
  static inline SegmenterCues* cues_ = nullptr;
};

}  // namespace ofsearch::testing
