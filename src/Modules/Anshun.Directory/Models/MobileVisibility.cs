namespace Anshun.StaffDirectory.Models;

/// <summary>手机号公开范围: who may see (and find by) a user's mobile number.</summary>
public enum MobileVisibility
{
    /// <summary>所有人: every signed-in user.</summary>
    Everyone = 0,

    /// <summary>本单位: colleagues of the same unit (the default).</summary>
    SameUnit = 1,

    /// <summary>不公开: only the user.</summary>
    Nobody = 2,
}
