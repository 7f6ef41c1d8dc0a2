package org.cadretraining.news;

/** A column in the tree of the column page: how deep it sits and what it holds. */
record ColumnRow(NewsColumn column, int depth, int articles) {}
