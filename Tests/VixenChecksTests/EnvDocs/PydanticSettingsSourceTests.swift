import Testing

@testable import VixenChecks

@Suite struct PydanticSettingsSourceTests {
    private func settingsReads(_ text: String) -> [String] {
        PydanticSettingsSource().reads(path: "app/config.py", bytes: Array(text.utf8)).reads.map {
            "\($0.name)@\($0.line)"
        }
    }

    @Test func fieldNamesInCapitalsWithoutPrefix() {
        let text = """
            from pydantic_settings import BaseSettings

            class Settings(BaseSettings):
                database_url: str
                debug: bool = False
                _private: int = 0
                model_config = {}
            """
        #expect(settingsReads(text) == ["DATABASE_URL@4", "DEBUG@5"])
    }

    @Test func prefixFromSettingsConfigDict() {
        let text = """
            from pydantic_settings import BaseSettings, SettingsConfigDict
            class Settings(BaseSettings):
                model_config = SettingsConfigDict(env_prefix="app_", env_file=".env")
                secret_key: str
            """
        #expect(settingsReads(text) == ["APP_SECRET_KEY@4"])
    }

    @Test func prefixFromInnerConfigAndInheritance() {
        let text = """
            import pydantic_settings
            class Base(pydantic_settings.BaseSettings):
                class Config:
                    env_prefix = "SVC_"
                    case_sensitive = True
                host: str
            class Child(Base):
                port: int
            """
        #expect(settingsReads(text) == ["SVC_host@6", "SVC_port@8"])
    }

    @Test func aliasesAreReadWithoutPrefix() {
        let text = """
            from pydantic import AliasChoices, Field
            from pydantic_settings import BaseSettings, SettingsConfigDict
            class Settings(BaseSettings):
                model_config = SettingsConfigDict(env_prefix="APP_")
                a: str = Field(alias="REDIS_URL")
                b: str = Field(validation_alias=AliasChoices("B_ONE", "B_TWO"))
                c: str = Field(default="x", env="LEGACY_C")
                d: str = Field(default="y")
            """
        #expect(settingsReads(text) == ["REDIS_URL@5", "B_ONE@6", "B_TWO@6", "LEGACY_C@7", "APP_D@8"])
    }

    @Test func nestedModelsAreFlattenedWithDelimiter() {
        let text = """
            from pydantic import BaseModel
            from pydantic_settings import BaseSettings, SettingsConfigDict
            class Database(BaseModel):
                host: str
                port: int = 5432
            class Settings(BaseSettings):
                model_config = SettingsConfigDict(env_nested_delimiter="__")
                db: Database | None = None
            class Plain(BaseSettings):
                db: Database
            """
        #expect(settingsReads(text) == ["DB__HOST@8", "DB__PORT@8", "DB@10"])
    }

    @Test func classVarsAndOtherClassesAreSkipped() {
        let text = """
            from typing import ClassVar
            from pydantic import BaseModel
            from pydantic_settings import BaseSettings
            class Settings(BaseSettings):
                registry: ClassVar[dict] = {}
            class Payload(BaseModel):
                user_id: int
            """
        #expect(settingsReads(text) == [])
    }

    @Test func readsAreDeclarationsInAnyCase() throws {
        let text = "from pydantic_settings import BaseSettings\nclass S(BaseSettings):\n    api_key: str\n"
        let read = try #require(PydanticSettingsSource().reads(path: "a.py", bytes: Array(text.utf8)).reads.first)
        #expect(read.isDeclaration)
        #expect(!read.isCaseSensitive)
        #expect(read.key == "API_KEY")
    }
}
