package org.cadretraining.material;

import java.util.Optional;
import org.cadretraining.course.CourseCatalog.CourseSummary;
import org.cadretraining.course.CoursePageLink;
import org.cadretraining.course.CoursePageLinkSource;
import org.cadretraining.shared.CurrentUser;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Materials and photos on the course page, each for those its own rules let in. */
@Configuration(proxyBeanMethods = false)
class MaterialPageLinks {

    @Bean
    CoursePageLinkSource materialsLink(MaterialAccessRules rules) {
        return (CourseSummary course, CurrentUser user) ->
                rules.of(course, user).mayRead()
                        ? Optional.of(new CoursePageLink(
                                50, "/courses/" + course.id() + "/materials", "bi-folder2-open", "material.link"))
                        : Optional.empty();
    }

    @Bean
    CoursePageLinkSource photosLink(PhotoAccess access) {
        return (CourseSummary course, CurrentUser user) -> access.mayOpen(course, user)
                ? Optional.of(new CoursePageLink(
                        60, "/courses/" + course.id() + "/photos", "bi-images", "material.photo.link"))
                : Optional.empty();
    }
}
