x = = 'über 中文 🐍'
