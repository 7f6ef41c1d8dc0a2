package org.cadretraining.news;

import org.cadretraining.shared.LocalizedText;

/** A column (栏目) of the portal; columns nest under a parent. */
record NewsColumn(long id, Long parentId, String slug, LocalizedText name, int sortOrder) {}
