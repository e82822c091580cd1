package org.qadam.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;

import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Checks an email and password against the accounts. The caller's name is the account id (an email
 * can change; the id cannot) and the caller's groups are the account's roles. An unknown email costs
 * as much time as a wrong password, and both give the same answer.
 */
@ApplicationScoped
public class AccountIdentityStore implements IdentityStore {

    @Inject
    Accounts accounts;

    @Inject
    PasswordHasher hasher;

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (!(credential instanceof UsernamePasswordCredential login)) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        String password = login.getPasswordAsString();
        Optional<Account> found = accounts.forSignIn(login.getCaller());
        if (found.isEmpty()) {
            hasher.spendVerificationTime(password);
            return CredentialValidationResult.INVALID_RESULT;
        }
        Account account = found.get();
        if (!hasher.matches(password, account.passwordHash()) || !account.isActive()) {
            return CredentialValidationResult.INVALID_RESULT;
        }
        Set<String> groups = account.roles().stream().map(Role::name).collect(Collectors.toSet());
        return new CredentialValidationResult(String.valueOf(account.id()), groups);
    }
}
