/**
 * What every module shares: the database (embedded or external), languages and multilingual text, the page
 * layout, error pages and the exceptions that carry a reason to the user.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.labourhub.platform;
