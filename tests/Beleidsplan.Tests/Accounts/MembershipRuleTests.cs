using Beleidsplan.Web.Domain.Accounts;

namespace Beleidsplan.Tests.Accounts;

/// <summary>
/// The rules behind the user pages. Through HTTP the last-beheerder rule cannot be reached (the acting
/// beheerder is always another beheerder of the unit), so it is tested here on the entity.
/// </summary>
public class MembershipRuleTests
{
    [Fact]
    public void The_last_beheerder_of_a_unit_cannot_be_removed()
    {
        var beheerder = new Membership { Role = Role.Beheerder, PoliceUnitId = 1 };

        beheerder.RemovalProblem(otherActiveBeheerders: 0).ShouldBe("Dit is de laatste beheerder van de eenheid; wijs eerst een andere beheerder aan.");
        beheerder.RemovalProblem(otherActiveBeheerders: 1).ShouldBeNull();
        new Membership { Role = Role.Redacteur }.RemovalProblem(otherActiveBeheerders: 0).ShouldBeNull();
    }

    [Fact]
    public void Nobody_changes_their_own_rights_and_only_a_beheerder_of_all_a_users_units_deactivates_them()
    {
        var user = new User { Id = "u", Memberships = [new Membership { PoliceUnitId = 1 }, new Membership { PoliceUnitId = 2 }] };

        user.RightsProblem("u").ShouldNotBeNull();
        user.RightsProblem("a").ShouldBeNull();
        user.ActivationProblem("u", [1, 2]).ShouldNotBeNull();
        user.ActivationProblem("a", [1]).ShouldNotBeNull();
        user.ActivationProblem("a", [1, 2]).ShouldBeNull();
    }

    [Fact]
    public void Deactivation_renews_the_security_stamp_so_open_sessions_end()
    {
        var user = new User { SecurityStamp = "oud" };

        user.Deactivate();

        user.IsActive.ShouldBeFalse();
        user.SecurityStamp.ShouldNotBe("oud");
        user.Reactivate();
        user.IsActive.ShouldBeTrue();
    }
}
