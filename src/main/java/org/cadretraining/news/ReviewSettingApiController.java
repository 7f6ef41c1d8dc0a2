package org.cadretraining.news;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.cadretraining.shared.ApiController;
import org.cadretraining.shared.CurrentUser;
import org.cadretraining.shared.DomainException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;

@ApiController("/api/v1/news/review-setting")
@Tag(
        name = "News review setting",
        description = "Who makes an approved article live: a publisher in a step of its own (the default), or the"
                + " reviewer, whose approval then publishes. Read by the administrator and the newsroom; set by the"
                + " administrator.")
class ReviewSettingApiController {

    record SettingBody(
            @Schema(
                    description = "true: approving publishes; false: a publisher publishes",
                    requiredMode = Schema.RequiredMode.REQUIRED)
            Boolean reviewerPublishes) {}

    private final ReviewSettings settings;

    ReviewSettingApiController(ReviewSettings settings) {
        this.settings = settings;
    }

    @Operation(summary = "The review setting in force")
    @GetMapping
    SettingBody get() {
        NewsRights.requireSettingReader(CurrentUser.get());
        return new SettingBody(settings.current().reviewerPublishes());
    }

    @Operation(summary = "Set who publishes (administrator); kept as a new version with who set it and when")
    @PutMapping
    SettingBody put(@RequestBody SettingBody body) {
        CurrentUser user = CurrentUser.get();
        NewsRights.requireSettingKeeper(user);
        if (body.reviewerPublishes() == null) {
            throw DomainException.invalid("reviewerPublishes", "news.setting.required");
        }
        settings.save(new ReviewSetting(body.reviewerPublishes()), user.username());
        return new SettingBody(settings.current().reviewerPublishes());
    }
}
