using Microsoft.AspNetCore.Identity;

namespace Beleidsplan.Web.Accounts;

/// <summary>Identity's messages in Dutch, for the ones users and the CLI can meet.</summary>
public class DutchIdentityErrors : IdentityErrorDescriber
{
    public override IdentityError PasswordTooShort(int length) =>
        new() { Code = nameof(PasswordTooShort), Description = $"Het wachtwoord moet ten minste {length} tekens lang zijn." };

    public override IdentityError DuplicateEmail(string email) =>
        new() { Code = nameof(DuplicateEmail), Description = $"Er is al een account met het e-mailadres {email}." };

    public override IdentityError DuplicateUserName(string userName) =>
        new() { Code = nameof(DuplicateUserName), Description = $"Er is al een account met de naam {userName}." };

    public override IdentityError InvalidEmail(string? email) =>
        new() { Code = nameof(InvalidEmail), Description = $"'{email}' is geen geldig e-mailadres." };

    public override IdentityError InvalidUserName(string? userName) =>
        new() { Code = nameof(InvalidUserName), Description = $"'{userName}' is geen geldige gebruikersnaam." };

    public override IdentityError PasswordMismatch() =>
        new() { Code = nameof(PasswordMismatch), Description = "Het wachtwoord klopt niet." };

    public override IdentityError ConcurrencyFailure() =>
        new() { Code = nameof(ConcurrencyFailure), Description = "Iemand anders heeft dit account intussen gewijzigd. Probeer het opnieuw." };

    public override IdentityError InvalidToken() =>
        new() { Code = nameof(InvalidToken), Description = "Deze link is ongeldig, al gebruikt of verlopen." };

    public override IdentityError DefaultError() =>
        new() { Code = nameof(DefaultError), Description = "Er ging iets mis met het account." };
}
