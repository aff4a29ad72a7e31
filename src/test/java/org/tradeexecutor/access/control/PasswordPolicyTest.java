package org.tradeexecutor.access.control;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PasswordPolicyTest {

    @Test
    void aLongPassphraseIsAccepted() {
        assertTrue(PasswordPolicy.problems("tara", "correct horse battery staple").isEmpty());
    }

    @Test
    void shortPasswordsAreRefusedWithTheMinimumNamed() {
        assertEquals(List.of("The password must have at least 10 characters."), PasswordPolicy.problems("tara", "s3cret!"));
    }

    @Test
    void lengthCountsCharactersNotUtf16Units() {
        // Nine emoji are 18 UTF-16 units but only nine characters.
        assertEquals(1, PasswordPolicy.problems("tara", "😀😁😂🤣😃😄😅😆😉").size());
    }

    @Test
    void theUsernameIsNotAPassword() {
        assertEquals(List.of("The password must not be the username."), PasswordPolicy.problems("longusername1", " LongUserName1 "));
    }

    @Test
    void oneRepeatedCharacterIsNotAPassword() {
        assertEquals(List.of("The password must not be one character repeated."), PasswordPolicy.problems("tara", "aaaaaaaaaaaa"));
    }

    @Test
    void tooLongAndMissingAreRefused() {
        assertEquals(List.of("The password must have at most 128 characters."), PasswordPolicy.problems("tara", "x1".repeat(65)));
        assertEquals(List.of("The password is required."), PasswordPolicy.problems("tara", null));
    }
}
