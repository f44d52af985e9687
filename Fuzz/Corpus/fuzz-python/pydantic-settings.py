from pydantic import Field, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="APP_", env_nested_delimiter="__")

    database_url: str
    debug: bool = False
    api_key: str = Field(alias="OPENAI_API_KEY")

    @field_validator("database_url")
    @classmethod
    def check(cls, value: str, /, *, strict: bool = True, **extra) -> str:
        def inner[T](item: T) -> T:
            return item
        return inner(value)
