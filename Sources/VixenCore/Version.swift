/// The release of vixen-gate this build is.
public enum VixenGateVersion {
    public static let current = "0.1.0"
}
