package com.actionpack.tui.account;

import com.actionpack.core.account.Role;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/** Reads roles typed as people write them ("Global admin, Reader") or as their names (READER). */
final class RoleNames {

    private RoleNames() {
    }

    /** @throws IllegalArgumentException with a one-line message naming the unknown role and the known ones */
    static Set<Role> parse(String text) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String part : (text == null ? "" : text).split(",")) {
            String wanted = part.strip();
            if (wanted.isEmpty()) {
                continue;
            }
            Role role = Arrays.stream(Role.values())
                    .filter(r -> r.label().equalsIgnoreCase(wanted) || r.name().equalsIgnoreCase(wanted.replace(' ', '_')))
                    .findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("Unknown role \"" + wanted + "\": use "
                            + Arrays.stream(Role.values()).map(Role::label).collect(Collectors.joining(", ")) + "."));
            roles.add(role);
        }
        return roles;
    }

}
