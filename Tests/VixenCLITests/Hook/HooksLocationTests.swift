import Testing

@testable import VixenCLI

@Suite struct HooksLocationTests {
    @Test func defaultFolderInGitDirectory() {
        let location = HooksLocation(
            hooksPath: nil, workTree: "/work/app/", gitDirectory: "/work/app/.git/", commonDirectory: "/work/app/.git/")
        #expect(location.defaultFolder == "/work/app/.git/hooks")
        #expect(location.hooksPathFolder == nil)
        #expect(location.hooksPathSetting == nil)
        #expect(location.activeFolder == "/work/app/.git/hooks")
    }

    @Test func linkedWorktreeUsesCommonDirectory() {
        let location = HooksLocation(
            hooksPath: nil, workTree: "/work/app-fix/", gitDirectory: "/work/app/.git/worktrees/app-fix/",
            commonDirectory: "/work/app/.git/worktrees/app-fix/../..")
        #expect(location.defaultFolder == "/work/app/.git/hooks")
        #expect(location.activeFolder == "/work/app/.git/hooks")
    }

    @Test func absoluteHooksPath() {
        let location = HooksLocation(
            hooksPath: "/etc/git-hooks/", workTree: "/work/app/", gitDirectory: "/work/app/.git/",
            commonDirectory: "/work/app/.git/")
        #expect(location.hooksPathFolder == "/etc/git-hooks")
        #expect(location.hooksPathSetting == "/etc/git-hooks/")
        #expect(location.activeFolder == "/etc/git-hooks")
        #expect(location.defaultFolder == "/work/app/.git/hooks")
    }

    @Test func relativeHooksPathFromWorkTreeRoot() {
        let location = HooksLocation(
            hooksPath: ".githooks", workTree: "/work/app/", gitDirectory: "/work/app/.git/",
            commonDirectory: "/work/app/.git/")
        #expect(location.hooksPathFolder == "/work/app/.githooks")
    }

    @Test func relativeHooksPathFromLinkedWorktreeRoot() {
        let location = HooksLocation(
            hooksPath: "tools/../.husky", workTree: "/work/app-fix/", gitDirectory: "/work/app/.git/worktrees/app-fix/",
            commonDirectory: "/work/app/.git/")
        #expect(location.hooksPathFolder == "/work/app-fix/.husky")
    }

    @Test func relativeHooksPathInBareRepository() {
        let location = HooksLocation(
            hooksPath: "custom-hooks", workTree: nil, gitDirectory: "/srv/app.git/", commonDirectory: "/srv/app.git/")
        #expect(location.hooksPathFolder == "/srv/app.git/custom-hooks")
        #expect(location.defaultFolder == "/srv/app.git/hooks")
    }
}
