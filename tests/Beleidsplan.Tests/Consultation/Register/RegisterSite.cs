using Beleidsplan.Tests.Infrastructure;

namespace Beleidsplan.Tests.Consultation.Register;

/// <summary>The register's tests add rounds, versions and reactions: an app and database of their own.</summary>
[CollectionDefinition(Name)]
public class RegisterSite : ICollectionFixture<AppFactory>
{
    public const string Name = "Register site";
}
